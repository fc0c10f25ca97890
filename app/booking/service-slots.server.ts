import { finnishDayOf, type FreeSlot } from "./slots";
import { bookableById, bookablesOfServices, slotsOf, type Bookable, type OfferedSlot } from "./queries.server";

/** The active bookable services of a network-map service, with their rules. */
export async function bookablesOfService(serviceId: string): Promise<Bookable[]> {
  const rows = await bookablesOfServices([serviceId]);
  return (await Promise.all(rows.map((r) => bookableById(r.id)))).filter((b): b is Bookable => !!b && b.status === "active");
}

/** Whose time the API names: the practitioner of a one-person service or group session; null for "the first free one" of a shared service. */
export const practitionerOfSlot = (bookable: Bookable, slot: FreeSlot): string | null =>
  bookable.scope === "organization" && bookable.kind === "individual" ? null : (slot.practitionerIds[0] ?? null);

/** Every free time of a service's bookable services in a period, per channel. */
export async function serviceSlots(bookables: Bookable[], period: { from: string; to: string }) {
  const perBookable = await Promise.all(bookables.map(async (b) => ({ bookable: b, slots: await slotsOf(b, period) })));
  return perBookable.flatMap(({ bookable, slots }) => slots.flatMap((slot) => bookable.channels.map((channel) => ({ bookable, slot, channel }))));
}

/** The bookable service that has this time free in this channel (and with this practitioner, if named). */
export async function bookableWithTime(bookables: Bookable[], start: Date, channel: string, practitionerId?: string): Promise<Bookable | undefined> {
  const day = finnishDayOf(start.getTime());
  for (const bookable of bookables.filter((b) => b.channels.includes(channel))) {
    if (practitionerId && !bookable.practitioners.some((p) => p.id === practitionerId)) continue;
    const slots: OfferedSlot[] = await slotsOf(bookable, { from: day, to: day }, { practitionerId });
    if (slots.some((s) => s.start.getTime() === start.getTime())) return bookable;
  }
  return undefined;
}
