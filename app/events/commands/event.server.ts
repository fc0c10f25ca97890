import { and, eq, sql } from "drizzle-orm";
import { editConflict } from "~/audit/public.server";
import { organization, servicePoint } from "~/network-map/public.server";
import { region } from "~/reference/public.server";
import { endOfDayInFinland, instantInFinland, startOfDayInFinland } from "../../kit/dates/calendar";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { requirePermission, throwIfIssues, type Issue } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { finnishClockOf, finnishDayKey } from "../format";
import { eventInput, type EventInput, type ParsedEvent } from "../inputs";
import { canManageEvent } from "../permissions";
import { event, eventRegistration } from "../schema.server";
import { promoteFromWaitingList } from "./register.server";
import { scheduleEventReminder } from "./tasks.server";
import { audited, inTransaction, lockedEvent, type Transaction } from "./shared.server";

/** The row's values from the form's: times are wall-clock time in Finland. */
function stored(input: ParsedEvent) {
  return {
    kind: input.kind,
    audience: input.audience,
    visibility: input.visibility,
    regionCode: input.regionCode,
    organizerId: input.organizerId,
    title: input.title,
    description: input.description,
    servicePointId: input.servicePointId ?? null,
    address: input.address ?? "",
    remoteUrl: input.remoteUrl ?? "",
    startsAt: instantInFinland(input.date, input.startTime),
    endsAt: instantInFinland(input.endDate ?? input.date, input.endTime),
    capacity: input.capacity,
    registrationOpensAt: input.registrationOpens ? startOfDayInFinland(input.registrationOpens) : null,
    registrationClosesAt: input.registrationCloses ? endOfDayInFinland(input.registrationCloses) : null,
  };
}

const auditView = (v: ReturnType<typeof stored>) => ({
  ...v,
  startsAt: v.startsAt.toISOString(),
  endsAt: v.endsAt.toISOString(),
  registrationOpensAt: v.registrationOpensAt?.toISOString() ?? null,
  registrationClosesAt: v.registrationClosesAt?.toISOString() ?? null,
});

/** Refuses a region, organiser or service point that does not exist, as field errors rather than a failed foreign key. */
async function checkReferences(tx: Transaction, input: ParsedEvent) {
  const issues: Issue[] = [];
  if (!(await tx.select({ code: region.code }).from(region).where(eq(region.code, input.regionCode))).length)
    issues.push({ path: "regionCode", key: "validation.invalid" });
  if (!(await tx.select({ id: organization.id }).from(organization).where(eq(organization.id, input.organizerId))).length)
    issues.push({ path: "organizerId", key: "validation.invalid" });
  if (input.servicePointId && !(await tx.select({ id: servicePoint.id }).from(servicePoint).where(eq(servicePoint.id, input.servicePointId))).length)
    issues.push({ path: "servicePointId", key: "validation.invalid" });
  throwIfIssues(issues);
}

/** Adds an event, for an organiser and region the caller runs events for. */
export async function createEvent(caller: CurrentUser, raw: EventInput, executor?: Transaction): Promise<string> {
  const input = parseInput(eventInput, raw);
  return inTransaction(executor, async (tx) => {
    requirePermission(canManageEvent(caller, input), "create an event");
    await checkReferences(tx, input);
    const values = stored(input);
    const id = crypto.randomUUID();
    await tx.insert(event).values({ id, ...values, icsUid: `event-${id}@elo` });
    await audited(tx, caller, "event", id, "create", null, auditView(values));
    await scheduleEventReminder(tx, { id, startsAt: values.startsAt });
    return id;
  });
}

/**
 * Changes an event if it still has the version the form was loaded with (409 otherwise). The
 * capacity cannot go below the seats already confirmed; a larger one takes people from the waiting
 * list at once. A new time or place raises the calendar SEQUENCE and moves the reminder.
 */
export async function updateEvent(caller: CurrentUser, id: string, raw: EventInput, executor?: Transaction, now = new Date()): Promise<number> {
  const input = parseInput(eventInput, raw);
  return inTransaction(executor, async (tx) => {
    const before = await lockedEvent(tx, id);
    requirePermission(canManageEvent(caller, before) && canManageEvent(caller, input), `update event ${id}`);
    await checkReferences(tx, input);
    const values = stored(input);
    const [{ confirmed }] = await tx
      .select({ confirmed: sql<number>`count(*)::int` })
      .from(eventRegistration)
      .where(and(eq(eventRegistration.eventId, id), eq(eventRegistration.status, "confirmed")));
    if (values.capacity < confirmed) throwIfIssues([{ path: "capacity", key: "events.validation.capacityBelowConfirmed", values: { confirmed } }]);
    const moved =
      values.startsAt.getTime() !== before.startsAt.getTime() ||
      values.endsAt.getTime() !== before.endsAt.getTime() ||
      values.address !== before.address ||
      values.remoteUrl !== before.remoteUrl ||
      values.servicePointId !== before.servicePointId;
    const version = await updateVersioned(
      tx,
      event,
      { id, version: input.version },
      { ...values, icsSequence: moved ? before.icsSequence + 1 : before.icsSequence, updatedAt: now },
      () => editConflict(tx, "event", [id], `event ${id}`),
    );
    await audited(tx, caller, "event", id, "update", auditView(stored(formOf(before))), auditView(values));
    if (values.startsAt.getTime() !== before.startsAt.getTime()) await scheduleEventReminder(tx, { id, startsAt: values.startsAt });
    if (values.capacity > before.capacity) await promoteFromWaitingList(tx, { id, capacity: values.capacity, startsAt: values.startsAt }, now);
    return version;
  });
}

/** A stored event in the parsed input's shape, for the audit's before and the form's values. */
export function formOf(row: typeof event.$inferSelect): ParsedEvent {
  const day = finnishDayKey;
  const clock = finnishClockOf;
  return {
    kind: row.kind as ParsedEvent["kind"],
    audience: row.audience as ParsedEvent["audience"],
    visibility: row.visibility as ParsedEvent["visibility"],
    regionCode: row.regionCode,
    organizerId: row.organizerId,
    title: row.title as ParsedEvent["title"],
    description: row.description as ParsedEvent["description"],
    servicePointId: row.servicePointId ?? undefined,
    address: row.address || undefined,
    remoteUrl: row.remoteUrl || undefined,
    date: day(row.startsAt),
    startTime: clock(row.startsAt),
    endDate: day(row.endsAt),
    endTime: clock(row.endsAt),
    capacity: row.capacity,
    registrationOpens: row.registrationOpensAt ? day(row.registrationOpensAt) : undefined,
    registrationCloses: row.registrationClosesAt ? day(row.registrationClosesAt) : undefined,
    version: row.version,
  };
}
