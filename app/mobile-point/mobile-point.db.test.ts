import ICAL from "ical.js";
import { and, asc, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOrganization, aPractitioner, failure, issuesOf, unique, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { addDays, todayInFinland } from "../kit/dates/calendar";
import { finnishDate } from "../kit/dates/finnish-format";
import { db } from "../kit/db/db.server";
import { EditConflict, PermissionDenied } from "../kit/validation/errors";
import { createMobilePoint, updateMobilePoint } from "./commands/point.server";
import { recordVisitLog } from "./commands/visit-log.server";
import { openVisitQuestion, visitQuestionPath } from "./commands/visit-question.server";
import { answerSatisfaction } from "../feedback/commands/satisfaction.server";
import { satisfactionAnswer } from "../feedback/schema.server";
import { cancelVisit, createVisit, updateVisit } from "./commands/visit.server";
import { regionFeedIcs } from "./ics.server";
import type { VisitInput } from "./inputs";
import { nextVisitNote, visitorStatistics } from "./public.server";
import { regionFeedVisits, timetable } from "./queries.server";
import { mobilePointVisit, mobilePointVisitLog } from "./schema.server";

const lapland = "maakunta_19";
const coordinator = userWith({ role: "coordinator", regionCode: lapland });
const inDays = (days: number) => finnishDate(addDays(todayInFinland(), days));

async function aPoint() {
  const staff = await anOrganization({ regionCodes: [lapland] });
  const other = await anOrganization({ regionCodes: [lapland] });
  const id = await createMobilePoint(coordinator, {
    name: { fi: unique("Ohjausauto ") },
    description: {},
    kind: "vehicle",
    regionCodes: [lapland],
    organizationIds: [staff.id, other.id],
  });
  return { id, staff, other };
}

const visit = (organizationIds: string[], overrides: Partial<VisitInput> = {}): VisitInput => ({
  municipalityCode: "kunta_698",
  placeName: "Rovaniemen kaupunginkirjasto",
  streetAddress: "Jorma Eton tie 6",
  postalCode: "96100",
  date: inDays(10),
  startTime: "10.00",
  endTime: "14.00",
  languages: ["fi", "en"],
  organizationIds,
  ...overrides,
});

const rowOf = async (id: string) => (await db().select().from(mobilePointVisit).where(eq(mobilePointVisit.id, id)))[0];
const auditOf = (type: string, id: string) =>
  db()
    .select({ action: auditEvent.action })
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, type), eq(auditEvent.entityId, id)))
    .orderBy(asc(auditEvent.id));

describe("mobile points", { timeout: 60_000 }, () => {
  it("are kept by the region's coordinators and the staff organisations' contact persons, placed only in their own regions", async () => {
    const { id, staff } = await aPoint();
    const contact = userWith({ role: "contact_person", organizationId: staff.id });
    const input = { name: { fi: "Uusi nimi" }, description: {}, kind: "popup" as const, regionCodes: [lapland], organizationIds: [staff.id], version: 1 };
    expect(await updateMobilePoint(contact, id, input)).toBe(2);
    // A stale form is refused, and so are outsiders.
    expect(await failure(updateMobilePoint(contact, id, input))).toBeInstanceOf(EditConflict);
    const kainuuCoordinator = userWith({ role: "coordinator", regionCode: "maakunta_18" });
    expect(await failure(updateMobilePoint(kainuuCoordinator, id, { ...input, version: 2 }))).toBeInstanceOf(PermissionDenied);
    // The contact person's organisation is in Lapland's network only: not theirs to take to Kainuu.
    expect(await failure(updateMobilePoint(contact, id, { ...input, version: 2, regionCodes: [lapland, "maakunta_18"] }))).toBeInstanceOf(PermissionDenied);
    expect(await failure(createMobilePoint(contact, { ...input, version: undefined, regionCodes: ["maakunta_18"] }))).toBeInstanceOf(PermissionDenied);
    expect((await auditOf("mobile_point", id)).map((e) => e.action)).toEqual(["create", "update"]);
  });

  it("refuse unknown organisations and regions as field errors", async () => {
    const staff = await anOrganization({ regionCodes: [lapland] });
    const admin = userWith({ role: "admin" });
    const base = { name: { fi: "Piste" }, description: {}, kind: "vehicle" as const };
    expect(await issuesOf(createMobilePoint(admin, { ...base, regionCodes: ["maakunta_99"], organizationIds: [staff.id] }))).toEqual([
      "regionCodes:validation.unknownCode",
    ]);
    expect(await issuesOf(createMobilePoint(admin, { ...base, regionCodes: [lapland], organizationIds: ["00000000-0000-4000-8000-000000000000"] }))).toEqual([
      "organizationIds:mobilePoints.validation.unknownOrganization",
    ]);
    expect(await issuesOf(createMobilePoint(admin, { ...base, kind: "bus" as never, regionCodes: [], organizationIds: [] }))).toEqual(
      expect.arrayContaining(["kind:validation.invalid", "regionCodes:validation.required", "organizationIds:validation.required"]),
    );
  });
});

describe("mobile point visits", { timeout: 60_000 }, () => {
  it("read Finnish input as Helsinki time and are located by the coordinates, the postcode or the municipality", async () => {
    const { id, staff } = await aPoint();
    const given = await createVisit(coordinator, id, visit([staff.id], { date: "15.6.2027", startTime: "9.30", latitude: "66,5004", longitude: "25.7312" }));
    const row = await rowOf(given);
    expect(row.startsAt.toISOString()).toBe("2027-06-15T06:30:00.000Z");
    expect([row.latitude, row.longitude, row.locationSource]).toEqual([66.5004, 25.7312, "given"]);
    expect(row.icsSequence).toBe(0);

    const byPostcode = await rowOf(await createVisit(coordinator, id, visit([staff.id], { postalCode: "99800", municipalityCode: "kunta_148" })));
    expect(byPostcode.locationSource).toBe("postcode");
    expect(byPostcode.latitude).toBeCloseTo(68.66, 0);

    const byMunicipality = await rowOf(
      await createVisit(coordinator, id, visit([staff.id], { postalCode: undefined, streetAddress: undefined, municipalityCode: "kunta_047" })),
    );
    expect(byMunicipality.locationSource).toBe("municipality");
    expect(byMunicipality.latitude).toBeGreaterThan(68);
  });

  it("refuse bad input with field errors and write nothing", async () => {
    const { id, staff } = await aPoint();
    const outsider = await anOrganization({ regionCodes: [lapland] });
    const before = (await db().select({ n: count() }).from(mobilePointVisit).where(eq(mobilePointVisit.pointId, id)))[0].n;
    expect(await issuesOf(createVisit(coordinator, id, visit([staff.id], { startTime: "14.00", endTime: "10.00" })))).toEqual([
      "endTime:mobilePoints.validation.endBeforeStart",
    ]);
    expect(await issuesOf(createVisit(coordinator, id, visit([outsider.id])))).toEqual(["organizationIds:mobilePoints.validation.notStaff"]);
    expect(await issuesOf(createVisit(coordinator, id, visit([staff.id], { date: "31.2.2027", latitude: "12" })))).toEqual(
      expect.arrayContaining(["date:dates.validation.noSuchDay", "latitude:mobilePoints.validation.coordinate"]),
    );
    expect(await issuesOf(createVisit(coordinator, id, visit([staff.id], { municipalityCode: "kunta_999" })))).toEqual([
      "municipalityCode:validation.unknownCode",
    ]);
    expect(await failure(createVisit(userWith({ role: "coordinator", regionCode: "maakunta_18" }), id, visit([staff.id])))).toBeInstanceOf(PermissionDenied);
    const after = (await db().select({ n: count() }).from(mobilePointVisit).where(eq(mobilePointVisit.pointId, id)))[0].n;
    expect(after).toBe(before);
  });

  it("need a reason to move, raise the feed's SEQUENCE on change and cancellation, and show both in the feed and the timetable", async () => {
    const { id, staff } = await aPoint();
    const contact = userWith({ role: "contact_person", organizationId: staff.id });
    const placeName = unique("Kirjasto ");
    const at = (overrides: Partial<VisitInput> = {}) => visit([staff.id], { placeName, ...overrides });
    const visitId = await createVisit(contact, id, at());
    // The note alone may change without a reason; a new time needs one.
    expect(await updateVisit(contact, visitId, { ...at(), note: "Tervetuloa!", version: 1 })).toBe(2);
    expect(await issuesOf(updateVisit(contact, visitId, { ...at({ startTime: "12.00" }), version: 2 }))).toEqual([
      "changeReason:mobilePoints.validation.reasonNeeded",
    ]);
    expect(await updateVisit(contact, visitId, { ...at({ startTime: "12.00", changeReason: "Kirjasto aukeaa myöhemmin" }), version: 2 })).toBe(3);
    expect(await failure(updateVisit(contact, visitId, { ...at(), version: 2 }))).toBeInstanceOf(EditConflict);
    let row = await rowOf(visitId);
    expect([row.icsSequence, row.changeReason, row.status]).toEqual([2, "Kirjasto aukeaa myöhemmin", "scheduled"]);

    expect(await issuesOf(cancelVisit(contact, visitId, { reason: " ", version: 3 }))).toEqual(["reason:validation.required"]);
    await cancelVisit(contact, visitId, { reason: "Auto rikki", version: 3 });
    row = await rowOf(visitId);
    expect([row.icsSequence, row.changeReason, row.status]).toEqual([3, "Auto rikki", "cancelled"]);
    expect(await issuesOf(cancelVisit(contact, visitId, { reason: "Taas" }))).toEqual(["_:mobilePoints.validation.cancelled"]);
    expect((await auditOf("mobile_point_visit", visitId)).map((e) => e.action)).toEqual(["create", "update", "update", "cancel"]);

    const { visits, organizations } = await regionFeedVisits(lapland);
    const ics = regionFeedIcs({ regionCode: lapland, regionName: "Lappi", municipalityNames: { kunta_698: "Rovaniemi" } }, visits, organizations, "fi");
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const event = calendar.getAllSubcomponents("vevent").find((e) => e.getFirstPropertyValue("uid") === row.icsUid)!;
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstPropertyValue("sequence")).toBe(3);
    expect(String(event.getFirstPropertyValue("summary"))).toMatch(/^PERUTTU: /);
    expect(String(event.getFirstPropertyValue("description"))).toContain("Syy: Auto rikki");
    expect(String(event.getFirstPropertyValue("location"))).toBe(`${row.placeName}, Jorma Eton tie 6, 96100 Rovaniemi`);
    const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe(row.startsAt.toISOString());
    expect(event.getFirstPropertyValue("geo")).toEqual([row.latitude, row.longitude]);

    // The timetable keeps the cancelled visit, marked so; the next visit skips it.
    const shown = (await timetable({ municipalityCode: "kunta_698" })).visits.find((v) => v.id === visitId)!;
    expect(shown.status).toBe("cancelled");
  });

  it("take a visit log from the staff once the visit has begun, for the statistics", async () => {
    const { id, staff, other } = await aPoint();
    const card = await aPractitioner(staff.id);
    const practitioner = userWith({ role: "practitioner", practitionerId: card });
    const outsiderCard = await aPractitioner((await anOrganization()).id);
    const outsider = userWith({ role: "practitioner", practitionerId: outsiderCard });
    const date = addDays(todayInFinland(), 20);
    const visitId = await createVisit(coordinator, id, visit([staff.id, other.id], { date: finnishDate(date) }));
    expect(await issuesOf(recordVisitLog(practitioner, visitId, { visitors: "5", topics: [] }))).toEqual(["visitors:mobilePoints.validation.notYet"]);
    const during = new Date(`${date}T10:00:00Z`);
    expect(await failure(recordVisitLog(outsider, visitId, { visitors: "5", topics: [] }, undefined, during))).toBeInstanceOf(PermissionDenied);
    expect(await issuesOf(recordVisitLog(practitioner, visitId, { visitors: "-1", topics: ["nope" as never] }, undefined, during))).toEqual(
      expect.arrayContaining(["visitors:validation.invalid", "topics.0:validation.invalid"]),
    );
    expect(await recordVisitLog(practitioner, visitId, { visitors: "12", topics: ["career_planning", "employment"] }, undefined, during)).toBe(1);
    expect(await recordVisitLog(coordinator, visitId, { visitors: "14", topics: ["career_planning"], version: "1" }, undefined, during)).toBe(2);
    expect(await failure(recordVisitLog(practitioner, visitId, { visitors: "15", topics: [], version: "1" }, undefined, during))).toBeInstanceOf(EditConflict);
    const [log] = await db().select().from(mobilePointVisitLog).where(eq(mobilePointVisitLog.visitId, visitId));
    expect([log.visitors, log.topics]).toEqual([14, ["career_planning"]]);

    const month = date.slice(0, 7);
    const rows = (await visitorStatistics({ organizationIds: [staff.id, other.id] })).filter((r) => r.month === month);
    expect(rows.map((r) => [r.organizationId, r.visitors, r.visits]).sort()).toEqual(
      [
        [staff.id, 14, 1],
        [other.id, 14, 1],
      ].sort(),
    );
    const regionTotal = (await visitorStatistics({ regionCodes: [lapland] })).find((r) => r.month === month && r.organizationId === null)!;
    expect(regionTotal.visitors).toBeGreaterThanOrEqual(14);
  });

  it("offer one shared satisfaction question per visit, answered by many, opened by the staff only", async () => {
    const { id, staff, other } = await aPoint();
    const practitioner = userWith({ role: "practitioner", practitionerId: await aPractitioner(staff.id) });
    const outsider = userWith({ role: "practitioner", practitionerId: await aPractitioner((await anOrganization()).id) });
    const visitId = await createVisit(coordinator, id, visit([staff.id, other.id], { date: finnishDate(addDays(todayInFinland(), 3)) }));
    expect(await visitQuestionPath(visitId, "fi")).toBeNull();
    expect(await failure(openVisitQuestion(outsider, visitId))).toBeInstanceOf(PermissionDenied);
    await openVisitQuestion(practitioner, visitId);
    await openVisitQuestion(practitioner, visitId);
    const path = (await visitQuestionPath(visitId, "sv"))!;
    expect(path).toMatch(/^\/sv\/satisfaction\/[A-Za-z0-9_-]{43}$/);
    const token = path.split("/").pop()!;
    expect(await answerSatisfaction(token, { score: "5", comment: "" })).toBe("answered");
    expect(await answerSatisfaction(token, { score: "4", comment: "" })).toBe("answered");
    const answers = await db().select().from(satisfactionAnswer).where(eq(satisfactionAnswer.organizationId, staff.id));
    expect(
      answers
        .filter((a) => a.kind === "mobile_visit")
        .map((a) => a.score)
        .sort(),
    ).toEqual([4, 5]);
    expect(await visitQuestionPath(visitId, "fi")).not.toBeNull();
  });

  it("give the next visit for a search's municipality, region or near-me origin", async () => {
    const { id, staff } = await aPoint();
    const place = unique("Hetan kirjasto ");
    // Enontekiö: no other test plans visits there.
    const visitId = await createVisit(
      coordinator,
      id,
      visit([staff.id], { municipalityCode: "kunta_047", placeName: place, postalCode: "99400", streetAddress: undefined, date: inDays(1) }),
    );
    const note = await nextVisitNote({ regionCodes: [], municipalityCodes: ["kunta_047"], near: null }, "fi");
    expect(note?.text).toContain(place);
    expect(note?.href).toBe(`/fi/mobile-points?region=${lapland}#visit-${visitId}`);
    const row = await rowOf(visitId);
    const near = await nextVisitNote({ regionCodes: [], municipalityCodes: [], near: { latitude: row.latitude + 0.05, longitude: row.longitude } }, "sv");
    expect(near?.heading).toBe("Den mobila vägledningspunktens nästa besök");
    expect(await nextVisitNote({ regionCodes: [], municipalityCodes: [], near: null }, "fi")).toBeNull();
  });
});
