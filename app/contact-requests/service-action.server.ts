import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";

/** The service page's "Ask to be contacted" link, which the shell hands to the network map (it may not import this feature). */
export function contactRequestAction(target: { id: string; status: string }, lang: Language): { id: string; href: string; label: string } | null {
  if (target.status === "defunct") return null;
  return { id: "contact-request-link", href: `/${lang}/services/${target.id}/contact`, label: translator(lang)("contactRequests.link") };
}
