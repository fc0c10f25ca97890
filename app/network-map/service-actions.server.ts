import type { Language } from "../kit/i18n/languages";

/** A link on a service's public page to something a feature above the network map offers (a contact request, booking). */
export interface ServiceAction {
  /** The link's id on the page, unique among the actions. */
  id: string;
  href: string;
  label: string;
}

/** A provider may look something up (the chat duty reads its region's status), so it may answer with a promise. */
export type ServiceActionProvider = (
  target: { id: string; organizationId: string; status: string },
  lang: Language,
) => ServiceAction | null | Promise<ServiceAction | null>;

const providers: ServiceActionProvider[] = [];

/** The shell adds the features' links at start-up, so that the network map need not know them. */
export function addServiceAction(provider: ServiceActionProvider): void {
  if (!providers.includes(provider)) providers.push(provider);
}

export async function serviceActions(target: { id: string; organizationId: string; status: string }, lang: Language): Promise<ServiceAction[]> {
  return (await Promise.all(providers.map(async (p) => p(target, lang)))).filter((a): a is ServiceAction => a !== null);
}
