import { randomUUID } from "node:crypto";
import { editConflict } from "~/audit/public.server";
import { municipalityCentre, postcodeCentroid } from "~/network-map/public.server";
import { instantInFinland, wallClockInFinland } from "../../kit/dates/calendar";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { InvalidInput, requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { cancelVisitInput, visitInput, type CancelVisitInput, type VisitInput } from "../inputs";
import { canManageMobilePoint } from "../permissions";
import { mobilePointVisit } from "../schema.server";
import { audited, checkReferences, inTransaction, lockedVisit, pointScope, type Transaction } from "./shared.server";

type Parsed = ReturnType<typeof visitInput.parse>;
type VisitRow = typeof mobilePointVisit.$inferSelect;

/**
 * Where the visit is on the map: the coordinates given, else the centroid of the postcode's area,
 * else the municipality's centre, so that every visit can be drawn (decision 0201).
 */
async function locate(input: Parsed) {
  if (input.latitude !== undefined && input.longitude !== undefined) return { latitude: input.latitude, longitude: input.longitude, locationSource: "given" };
  const byPostcode = input.postalCode ? await postcodeCentroid(input.postalCode) : null;
  if (byPostcode) return { ...byPostcode, locationSource: "postcode" };
  const centre = municipalityCentre(input.municipalityCode);
  if (!centre) throw new InvalidInput([{ path: "municipalityCode", key: "validation.unknownCode" }]);
  return { ...centre, locationSource: "municipality" };
}

async function values(tx: Transaction, input: Parsed, staff: string[]) {
  await checkReferences(tx, { municipalityCode: input.municipalityCode, organizationIds: input.organizationIds });
  throwIfIssues(input.organizationIds.some((id) => !staff.includes(id)) ? [{ path: "organizationIds", key: "mobilePoints.validation.notStaff" }] : []);
  return {
    municipalityCode: input.municipalityCode,
    placeName: input.placeName,
    streetAddress: input.streetAddress ?? "",
    postalCode: input.postalCode ?? "",
    ...(await locate(input)),
    startsAt: instantInFinland(input.date, input.startTime),
    endsAt: instantInFinland(input.date, input.endTime),
    languages: input.languages,
    organizationIds: input.organizationIds,
    note: input.note ?? "",
  };
}

/** What the audit trail keeps of a visit. */
const snapshot = (
  v: Pick<
    VisitRow,
    | "municipalityCode"
    | "placeName"
    | "streetAddress"
    | "postalCode"
    | "startsAt"
    | "endsAt"
    | "languages"
    | "organizationIds"
    | "note"
    | "status"
    | "changeReason"
  >,
) => ({
  municipalityCode: v.municipalityCode,
  placeName: v.placeName,
  streetAddress: v.streetAddress,
  postalCode: v.postalCode,
  startsAt: v.startsAt.toISOString(),
  endsAt: v.endsAt.toISOString(),
  languages: v.languages,
  organizationIds: v.organizationIds,
  note: v.note,
  status: v.status,
  changeReason: v.changeReason,
});

/** The form's values of a stored visit. */
export function visitFormValues(v: VisitRow): VisitInput {
  const start = wallClockInFinland(v.startsAt);
  return {
    municipalityCode: v.municipalityCode,
    placeName: v.placeName,
    streetAddress: v.streetAddress,
    postalCode: v.postalCode,
    latitude: v.locationSource === "given" ? String(v.latitude) : "",
    longitude: v.locationSource === "given" ? String(v.longitude) : "",
    date: start.date,
    startTime: start.time,
    endTime: wallClockInFinland(v.endsAt).time,
    languages: v.languages as VisitInput["languages"],
    organizationIds: v.organizationIds,
    note: v.note,
  };
}

/** Adds a visit to a point's timetable. */
export async function createVisit(caller: CurrentUser, pointId: string, raw: VisitInput, executor?: Transaction): Promise<string> {
  const input = parseInput(visitInput, raw);
  return inTransaction(executor, async (tx) => {
    const scope = await pointScope(tx, pointId);
    requirePermission(canManageMobilePoint(caller, scope), `add a visit to mobile point ${pointId}`);
    const row = { pointId, ...(await values(tx, input, scope.organizationIds)), icsUid: `${randomUUID()}@elo-mobile`, icsSequence: 0 };
    const [created] = await tx.insert(mobilePointVisit).values(row).returning();
    await audited(tx, caller, "mobile_point_visit", created.id, "create", null, snapshot(created));
    return created.id;
  });
}

/**
 * Changes a visit, if it still has the version the form was loaded with. A new time or place needs
 * a reason, which the timetable and the feed show; any change raises the iCalendar SEQUENCE so that
 * calendars take it. A cancelled visit stays cancelled.
 */
export async function updateVisit(caller: CurrentUser, visitId: string, raw: VisitInput, executor?: Transaction): Promise<number> {
  const input = parseInput(visitInput, raw);
  return inTransaction(executor, async (tx) => {
    const { visit, scope } = await lockedVisit(tx, visitId);
    requirePermission(canManageMobilePoint(caller, scope), `change mobile point visit ${visitId}`);
    if (input.version !== undefined && input.version !== visit.version) throw await editConflict(tx, "mobile_point_visit", [visitId], `visit ${visitId}`);
    if (visit.status === "cancelled") throw new InvalidInput([{ path: "_", key: "mobilePoints.validation.cancelled" }]);
    const next = await values(tx, input, scope.organizationIds);
    const moved =
      next.startsAt.getTime() !== visit.startsAt.getTime() ||
      next.endsAt.getTime() !== visit.endsAt.getTime() ||
      next.municipalityCode !== visit.municipalityCode ||
      next.placeName !== visit.placeName ||
      next.streetAddress !== visit.streetAddress;
    if (moved && !input.changeReason) throw new InvalidInput([{ path: "changeReason", key: "mobilePoints.validation.reasonNeeded" }]);
    const change = moved ? { changeReason: input.changeReason!, changedAt: new Date() } : {};
    const changed = { ...next, ...change, icsSequence: visit.icsSequence + 1, updatedAt: new Date() };
    const version = await updateVersioned(tx, mobilePointVisit, { id: visitId, version: input.version }, changed, () =>
      editConflict(tx, "mobile_point_visit", [visitId], `visit ${visitId}`),
    );
    await audited(tx, caller, "mobile_point_visit", visitId, "update", snapshot(visit), snapshot({ ...visit, ...changed }));
    return version;
  });
}

/** Cancels a visit with a reason; the timetable shows it struck through and the feed as STATUS:CANCELLED. */
export async function cancelVisit(caller: CurrentUser, visitId: string, raw: CancelVisitInput, executor?: Transaction): Promise<number> {
  const input = parseInput(cancelVisitInput, raw);
  return inTransaction(executor, async (tx) => {
    const { visit, scope } = await lockedVisit(tx, visitId);
    requirePermission(canManageMobilePoint(caller, scope), `cancel mobile point visit ${visitId}`);
    if (visit.status === "cancelled") throw new InvalidInput([{ path: "_", key: "mobilePoints.validation.cancelled" }]);
    const changed = { status: "cancelled", changeReason: input.reason, changedAt: new Date(), icsSequence: visit.icsSequence + 1, updatedAt: new Date() };
    const version = await updateVersioned(tx, mobilePointVisit, { id: visitId, version: input.version }, changed, () =>
      editConflict(tx, "mobile_point_visit", [visitId], `visit ${visitId}`),
    );
    await audited(tx, caller, "mobile_point_visit", visitId, "cancel", snapshot(visit), snapshot({ ...visit, ...changed }));
    return version;
  });
}
