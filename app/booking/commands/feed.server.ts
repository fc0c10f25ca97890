import { and, asc, eq, gt, inArray, isNull, or } from "drizzle-orm";
import { actorOf, recordChange } from "~/audit/public.server";
import { practitioner, service } from "~/network-map/public.server";
import { db } from "../../kit/db/db.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { ownPractitionerIds } from "../../kit/permissions/roles";
import { localize } from "../../kit/i18n/localized";
import { NotFound, requirePermission } from "../../kit/validation/errors";
import { practitionerFeedIcs } from "../ics.server";
import { hashSecretToken, newSecretToken } from "../../kit/secret-token.server";
import { bookableService, booking, bookingFeed, groupSession } from "../schema.server";

/**
 * A practitioner's private calendar feed (decision 0181's personal feeds): a new secret each time
 * it is made, shown once; only its hash is kept, and making a new one retires the old address.
 */
export async function createBookingFeed(caller: CurrentUser, practitionerId: string): Promise<string> {
  requirePermission(ownPractitionerIds(caller).includes(practitionerId), "booking feed");
  const token = newSecretToken();
  await db().transaction(async (tx) => {
    await tx
      .insert(bookingFeed)
      .values({ practitionerId, tokenHash: hashSecretToken(token) })
      .onConflictDoUpdate({ target: bookingFeed.practitionerId, set: { tokenHash: hashSecretToken(token), createdAt: new Date() } });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "booking",
      entityId: practitionerId,
      action: "create",
      before: null,
      after: { feed: "created" },
    });
  });
  return token;
}

/** The feed of a secret: the practitioner's bookings from a month ago on, cancelled ones marked so; no citizen's contact details. */
export async function bookingFeedIcs(token: string): Promise<string> {
  const [feed] = await db()
    .select({ practitionerId: bookingFeed.practitionerId, givenName: practitioner.givenName, familyName: practitioner.familyName })
    .from(bookingFeed)
    .innerJoin(practitioner, eq(practitioner.id, bookingFeed.practitionerId))
    .where(eq(bookingFeed.tokenHash, hashSecretToken(token)));
  if (!feed) throw new NotFound("feed");
  const since = new Date(Date.now() - 31 * 86_400_000);
  const sessions = db().select({ id: groupSession.id }).from(groupSession).where(eq(groupSession.practitionerId, feed.practitionerId));
  const rows = await db()
    .select({ row: booking, serviceName: service.name })
    .from(booking)
    .innerJoin(bookableService, eq(bookableService.id, booking.bookableServiceId))
    .innerJoin(service, eq(service.id, bookableService.serviceId))
    .where(
      and(
        gt(booking.startsAt, since),
        or(eq(booking.practitionerId, feed.practitionerId), and(isNull(booking.practitionerId), inArray(booking.groupSessionId, sessions))),
      ),
    )
    .orderBy(asc(booking.startsAt));
  return practitionerFeedIcs(
    `${feed.givenName} ${feed.familyName}`,
    rows.map(({ row, serviceName }) => ({
      icsUid: `practitioner-${row.icsUid}`,
      icsSequence: row.icsSequence,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      summary: localize(serviceName, "fi").text,
      location: "",
      description: row.channel,
      cancelled: row.status === "cancelled",
    })),
  );
}
