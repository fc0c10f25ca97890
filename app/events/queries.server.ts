import { and, asc, desc, eq, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import { networkMembership, organization, servicePoint } from "~/network-map/public.server";
import { earlierBy } from "../kit/dates/calendar";
import { db } from "../kit/db/db.server";
import { contactOrganizations, coordinatedRegions, isAdmin, type CurrentUser } from "../kit/permissions/roles";
import { event, eventFeedback, eventRegistration, eventSession } from "./schema.server";

const seatCounts = {
  confirmed: sql<number>`(select count(*)::int from ${eventRegistration} r where r.event_id = ${event.id} and r.status = 'confirmed')`,
  waiting: sql<number>`(select count(*)::int from ${eventRegistration} r where r.event_id = ${event.id} and r.status = 'waiting')`,
};

const listColumns = { event, organizerName: organization.name, ...seatCounts };

export interface EventFilter {
  regionCode?: string;
  audience?: string;
  /** ISO day: events that end on it or later. */
  from?: Date;
  /** Whether network-only events are shown (the viewer is signed in to the network). */
  includeNetworkOnly: boolean;
}

/** The public list: events that have not ended (or that end after `from`), soonest first. */
export async function listEvents(filter: EventFilter, now = new Date()) {
  const conditions: (SQL | undefined)[] = [
    gte(event.endsAt, filter.from && filter.from > now ? filter.from : now),
    filter.regionCode ? eq(event.regionCode, filter.regionCode) : undefined,
    filter.audience ? eq(event.audience, filter.audience) : undefined,
    filter.includeNetworkOnly ? undefined : eq(event.visibility, "public"),
  ];
  return db()
    .select(listColumns)
    .from(event)
    .innerJoin(organization, eq(organization.id, event.organizerId))
    .where(and(...conditions))
    .orderBy(asc(event.startsAt), asc(event.id))
    .limit(300);
}

/** The regions that have events coming, for the filter and the feeds. */
export async function regionsWithEvents(includeNetworkOnly: boolean, now = new Date()): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ code: event.regionCode })
    .from(event)
    .where(and(gte(event.endsAt, now), includeNetworkOnly ? undefined : eq(event.visibility, "public")));
  return rows.map((r) => r.code);
}

/** One event with its organiser, programme and seat counts, or null. */
export async function eventPage(id: string) {
  const [row] = await db().select(listColumns).from(event).innerJoin(organization, eq(organization.id, event.organizerId)).where(eq(event.id, id));
  if (!row) return null;
  const sessions = await db().select().from(eventSession).where(eq(eventSession.eventId, id)).orderBy(asc(eventSession.startsAt), asc(eventSession.id));
  const [point] = row.event.servicePointId
    ? await db()
        .select({ name: servicePoint.name, streetAddress: servicePoint.streetAddress, postalCode: servicePoint.postalCode })
        .from(servicePoint)
        .where(eq(servicePoint.id, row.event.servicePointId))
    : [];
  return { ...row, sessions, servicePoint: point ?? null };
}

/** A region's calendar feed: its public events of the last 30 days and all coming ones. */
export async function regionFeedEvents(regionCode: string, now = new Date()) {
  return db()
    .select({ event })
    .from(event)
    .where(and(eq(event.regionCode, regionCode), eq(event.visibility, "public"), gte(event.endsAt, earlierBy(now, { days: 30 }))))
    .orderBy(asc(event.startsAt))
    .limit(1000);
}

/** The condition for the events a user runs: all for admins, their regions' and their organisations' for others. */
function managedBy(user: CurrentUser): SQL | undefined {
  if (isAdmin(user)) return undefined;
  const regions = coordinatedRegions(user);
  const organizations = contactOrganizations(user);
  return or(regions.length ? inArray(event.regionCode, regions) : sql`false`, organizations.length ? inArray(event.organizerId, organizations) : sql`false`);
}

/** The work page's list: the events the user runs, the latest first. */
export async function workEvents(user: CurrentUser) {
  return db()
    .select(listColumns)
    .from(event)
    .innerJoin(organization, eq(organization.id, event.organizerId))
    .where(managedBy(user))
    .orderBy(desc(event.startsAt))
    .limit(300);
}

/** An event's registrations in the order they came. */
export async function registrationsOf(eventId: string) {
  return db().select().from(eventRegistration).where(eq(eventRegistration.eventId, eventId)).orderBy(asc(eventRegistration.queueNo));
}

/** The feedback answers of an event. */
export async function feedbackOf(eventId: string) {
  return db()
    .select({ rating: eventFeedback.rating, comment: eventFeedback.comment })
    .from(eventFeedback)
    .where(eq(eventFeedback.eventId, eventId))
    .orderBy(asc(eventFeedback.createdAt));
}

/**
 * What the user may choose in the event form: regions (all for admins, their own and their
 * organisations' networks' for others), organisations (their regions' networks' and their own),
 * and those organisations' service points as venues.
 */
export async function workChoices(user: CurrentUser) {
  const contacts = contactOrganizations(user);
  const ownRegions = contacts.length
    ? (await db().select({ code: networkMembership.regionCode }).from(networkMembership).where(inArray(networkMembership.organizationId, contacts))).map(
        (r) => r.code,
      )
    : [];
  const regionCodes = isAdmin(user) ? null : [...new Set([...coordinatedRegions(user), ...ownRegions])];
  const coordinated = coordinatedRegions(user);
  const organizations = await db()
    .selectDistinct({ id: organization.id, name: organization.name })
    .from(organization)
    .leftJoin(networkMembership, eq(networkMembership.organizationId, organization.id))
    .where(
      isAdmin(user)
        ? undefined
        : or(
            coordinated.length ? inArray(networkMembership.regionCode, coordinated) : sql`false`,
            contacts.length ? inArray(organization.id, contacts) : sql`false`,
          ),
    );
  const points = organizations.length
    ? await db()
        .select({ id: servicePoint.id, name: servicePoint.name, organizationId: servicePoint.organizationId })
        .from(servicePoint)
        .where(
          inArray(
            servicePoint.organizationId,
            organizations.map((o) => o.id),
          ),
        )
    : [];
  return { regionCodes, organizations, servicePoints: points };
}
