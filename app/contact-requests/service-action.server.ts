import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";

type Action = { id: string; href: string; label: string };

/** The service page's "Ask to be contacted" link, which the shell hands to the network map (it may not import this feature). */
export const contactRequestAction = {
  places: ["page"] as const,
  // Async like every provider's, though this one needs no database.
  async actionsFor(targets: Array<{ id: string; status: string }>, lang: Language): Promise<Map<string, Action>> {
    const label = translator(lang)("contactRequests.link");
    return new Map(
      targets.filter((t) => t.status !== "defunct").map((t) => [t.id, { id: "contact-request-link", href: `/${lang}/services/${t.id}/contact`, label }]),
    );
  },
};
