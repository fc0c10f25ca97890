import type { Language } from "../kit/i18n/languages";

/** A link to something a feature above the network map offers for a service (booking a time, a contact request). */
export interface ServiceAction {
  /** The link's id on the service page, unique among the actions. */
  id: string;
  href: string;
  label: string;
}

export interface ServiceTarget {
  id: string;
  organizationId: string;
  status: string;
}

/** Where a service is shown: its own page, or a card among search results (where only the short actions belong). */
export type ServicePlace = "page" | "searchResult";

/**
 * A feature's actions, read for all the services of a page at once: a provider that needs the
 * database makes one query for the whole list, never one per service.
 */
export interface ServiceActionProvider {
  places: readonly ServicePlace[];
  actionsFor: (targets: ServiceTarget[], lang: Language) => Promise<Map<string, ServiceAction>>;
}

const providers: ServiceActionProvider[] = [];

/** The shell adds the features' links at start-up, so that the network map need not know them. */
export function addServiceAction(provider: ServiceActionProvider): void {
  if (!providers.includes(provider)) providers.push(provider);
}

/** Per service id, its actions in the providers' order, for the services shown in one place. */
export async function serviceActionsOf(targets: ServiceTarget[], lang: Language, place: ServicePlace): Promise<Map<string, ServiceAction[]>> {
  const actions = new Map<string, ServiceAction[]>(targets.map((t) => [t.id, []]));
  if (targets.length === 0) return actions;
  const perProvider = await Promise.all(providers.filter((p) => p.places.includes(place)).map((p) => p.actionsFor(targets, lang)));
  for (const found of perProvider) for (const [serviceId, action] of found) actions.get(serviceId)?.push(action);
  return actions;
}

/** The actions on one service's own page. */
export async function serviceActions(target: ServiceTarget, lang: Language): Promise<ServiceAction[]> {
  return (await serviceActionsOf([target], lang, "page")).get(target.id) ?? [];
}
