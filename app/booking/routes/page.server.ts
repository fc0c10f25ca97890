import { data } from "react-router";
import { addDays, todayInFinland } from "../../kit/dates/calendar";
import { translator } from "../../kit/i18n/catalogue";
import type { Language } from "../../kit/i18n/languages";
import { localize } from "../../kit/i18n/localized";
import { bookingChannels, type BookingChannel } from "../inputs";
import { bookableById, type Bookable, type OfferedSlot } from "../queries.server";
import { finnishDayOf } from "../slots";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The bookable service of a page's address, or a 404 page. */
export async function bookableOrNotFound(id: string | undefined, lang: Language): Promise<Bookable> {
  const bookable = id && uuidPattern.test(id) ? await bookableById(id) : null;
  if (!bookable || bookable.status !== "active") throw data(translator(lang)("booking.page.notFound"), { status: 404 });
  return bookable;
}

/** What the booking page's query asks: the week's first day, a practitioner (or any) and a channel. */
export function bookingChoice(url: URL, bookable: Bookable) {
  const today = todayInFinland();
  const week = url.searchParams.get("week") ?? "";
  const from = /^\d{4}-\d{2}-\d{2}$/.test(week) && week > today && week <= addDays(today, 366) ? week : today;
  const practitioner = url.searchParams.get("practitioner") ?? "";
  const channel = url.searchParams.get("channel") ?? "";
  return {
    from,
    to: addDays(from, 6),
    practitionerId: bookable.practitioners.some((p) => p.id === practitioner) ? practitioner : undefined,
    channel: (bookable.channels.includes(channel) ? channel : bookable.channels[0]) as BookingChannel,
    today,
  };
}

export const isBookingChannel = (value: string): value is BookingChannel => (bookingChannels as readonly string[]).includes(value);

/** Slots as the pages carry them: ISO strings, grouped by Finnish day. */
export function slotsByDay(slots: OfferedSlot[]) {
  const days = new Map<string, Array<{ start: string; end: string; seatsLeft: number }>>();
  for (const s of slots) {
    const day = finnishDayOf(s.start.getTime());
    if (!days.has(day)) days.set(day, []);
    days.get(day)!.push({ start: s.start.toISOString(), end: s.end.toISOString(), seatsLeft: s.seatsLeft });
  }
  return [...days.entries()].map(([day, times]) => ({ day, times }));
}

export const serviceNameOf = (bookable: Bookable, lang: Language) => localize(bookable.serviceName, lang).text;
