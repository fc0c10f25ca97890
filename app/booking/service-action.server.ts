import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { bookingPath } from "./paths";
import { bookablesOfServices } from "./queries.server";

type Action = { id: string; href: string; label: string };

/**
 * "Book a time" on a service's page and on its search result card, for services with an active
 * bookable service (the first published). The shell hands it to the network map, which may not
 * import booking; one query answers a whole page of search results.
 */
export const bookingAction = {
  places: ["page", "searchResult"] as const,
  async actionsFor(targets: Array<{ id: string }>, lang: Language): Promise<Map<string, Action>> {
    const label = translator(lang)("booking.serviceAction");
    const actions = new Map<string, Action>();
    for (const b of await bookablesOfServices(targets.map((t) => t.id))) {
      if (!actions.has(b.serviceId)) actions.set(b.serviceId, { id: "booking-link", href: bookingPath(lang, b.id), label });
    }
    return actions;
  },
};
