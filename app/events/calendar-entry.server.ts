import { config } from "../kit/config.server";
import type { Language } from "../kit/i18n/languages";
import { localize } from "../kit/i18n/localized";
import type { CalendarEvent } from "./ics.server";
import { placeLine } from "./place.server";
import type { event } from "./schema.server";
import { db } from "../kit/db/db.server";

/** An event row as a public calendar entry in the language. */
export async function calendarEntry(e: typeof event.$inferSelect, lang: Language): Promise<CalendarEvent> {
  return {
    icsUid: e.icsUid,
    icsSequence: e.icsSequence,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    updatedAt: e.updatedAt,
    summary: localize(e.title, lang).text,
    location: await placeLine(db(), e, lang),
    description: localize(e.description, lang).text,
    url: `${config.publicUrl}/${lang}/events/${e.id}`,
    cancelled: e.status === "cancelled",
  };
}
