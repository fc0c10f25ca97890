import { and, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import { bookableService, booking } from "./schema.server";

export interface BookingMonthRow {
  serviceId: string;
  organizationId: string;
  channel: string;
  /** "YYYY-MM", the Finnish month of the time. */
  month: string;
  total: number;
  booked: number;
  held: number;
  noShow: number;
  cancelled: number;
}

/**
 * Bookings per network-map service, channel and month with their status counts, for the service
 * statistics: no personal data, only counts. The period is of the times booked, [from, to).
 */
export async function bookingsPerMonth(filter: { from: Date; to: Date; organizationIds?: string[] }): Promise<BookingMonthRow[]> {
  const month = sql<string>`to_char(${booking.startsAt} at time zone 'Europe/Helsinki', 'YYYY-MM')`;
  const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const conditions = [gte(booking.startsAt, filter.from), lt(booking.startsAt, filter.to)];
  if (filter.organizationIds) conditions.push(inArray(bookableService.organizationId, filter.organizationIds));
  return db()
    .select({
      serviceId: bookableService.serviceId,
      organizationId: bookableService.organizationId,
      channel: booking.channel,
      month,
      total: sql<number>`count(*)::int`,
      booked: count(sql`${booking.status} = 'booked'`),
      held: count(sql`${booking.status} = 'held'`),
      noShow: count(sql`${booking.status} = 'no_show'`),
      cancelled: count(sql`${booking.status} = 'cancelled'`),
    })
    .from(booking)
    .innerJoin(bookableService, sql`${bookableService.id} = ${booking.bookableServiceId}`)
    .where(and(...conditions))
    .groupBy(bookableService.serviceId, bookableService.organizationId, booking.channel, month)
    .orderBy(month, bookableService.serviceId, booking.channel);
}
