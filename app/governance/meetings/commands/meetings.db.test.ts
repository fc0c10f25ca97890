import ICAL from "ical.js";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  aGroupWithOfficers,
  anAccount,
  anAccountUser,
  anOrganization,
  aPractitioner,
  failure,
  issuesOf,
  system,
  unique,
  userWith,
} from "../../../../tests/support/fixtures";
import { notificationsOf } from "../../../notifications/queries.server";
import type { CurrentUser } from "../../../kit/permissions/roles";
import { auditEvent } from "../../../audit/schema.server";
import { db } from "../../../kit/db/db.server";
import { EditConflict, PermissionDenied } from "../../../kit/validation/errors";
import { outboxMessage } from "../../../mail/schema.server";
import { practitioner } from "../../../network-map/schema.server";
import { createGroup } from "../../commands/group.server";
import { addMember, removeMember } from "../../commands/membership.server";
import type { MeetingInput } from "../inputs";
import { calendarToken, feedByToken, meetingPage, meetingsMissingMinutes, openActionItems, yearPlan } from "../queries.server";
import { actionItem, agendaItem, meeting } from "../schema.server";
import { addActionItem, setActionStatus } from "./action-item.server";
import { proposeAgendaItem, saveAgenda, saveDecision } from "./agenda.server";
import { recordAttendance } from "./attendance.server";
import { cancelMeeting, createMeeting, inviteToMeeting, updateMeeting } from "./meeting.server";
import { approveMinutes, circulateMinutes, saveMinutes } from "./minutes.server";
import { sendMinutesReminders } from "./reminder.server";

const meetingRow = async (id: string) => (await db().select().from(meeting).where(eq(meeting.id, id)))[0];
const itemsOf = (meetingId: string) => db().select().from(agendaItem).where(eq(agendaItem.meetingId, meetingId));
const auditOf = (entityId: string) => db().select().from(auditEvent).where(eq(auditEvent.entityId, entityId)).orderBy(auditEvent.id);
const mailsTo = (addresses: string[]) => db().select().from(outboxMessage).where(inArray(outboxMessage.recipient, addresses)).orderBy(outboxMessage.createdAt);
const emailOf = async (card: string) =>
  (await db().select({ email: practitioner.email }).from(practitioner).where(eq(practitioner.id, card)))[0].email!.toLowerCase();

function ics(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    status: event.getFirstPropertyValue("status"),
  };
}

const plan = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  theme: unique("Teema "),
  date: "2030-03-12",
  startTime: "13:00",
  endTime: "15:00",
  place: "Hallituskatu 5, Rovaniemi",
  agendaDeadline: "2030-03-01",
  ...overrides,
});

/** A group: chair and secretary of one organisation, a member of another, a deputy seat of a third; and outsiders. */
async function aGroup() {
  const { org, other, groupId, memberId, chairCard, secretaryCard, memberCard } = await aGroupWithOfficers({ type: "cooperation", name: "ELO-ryhmä " });
  const third = await anOrganization();
  const outsiderOrg = await anOrganization();
  const deputyId = await addMember(system, groupId, { organizationId: third.id, position: "deputy", startsOn: "2020-01-01" });
  const people: Record<string, CurrentUser> = {
    chair: userWith({ role: "practitioner", practitionerId: chairCard }),
    secretary: userWith({ role: "practitioner", practitionerId: secretaryCard }),
    member: userWith({ role: "practitioner", practitionerId: memberCard }),
    otherOrganisationsMember: userWith({ role: "practitioner", practitionerId: await aPractitioner(outsiderOrg.id) }),
    otherContact: userWith({ role: "contact_person", organizationId: outsiderOrg.id }),
    coordinator: userWith({ role: "coordinator", regionCode: "maakunta_19" }),
    otherCoordinator: userWith({ role: "coordinator", regionCode: "maakunta_18" }),
  };
  return {
    org,
    other,
    third,
    groupId,
    memberId,
    deputyId,
    chairCard,
    secretaryCard,
    memberCard,
    people,
    addresses: [await emailOf(chairCard), await emailOf(secretaryCard), await emailOf(memberCard)].sort(),
  };
}

describe("meeting plan", () => {
  it("is kept by the chair, secretary and coordinator; members, other organisations and other regions are refused with nothing written", async () => {
    const g = await aGroup();
    for (const who of ["member", "otherOrganisationsMember", "otherContact", "otherCoordinator"]) {
      const theme = unique("Kielletty ");
      expect(await failure(createMeeting(g.people[who], g.groupId, plan({ theme }))), who).toBeInstanceOf(PermissionDenied);
      expect(await db().select().from(meeting).where(eq(meeting.theme, theme))).toHaveLength(0);
    }
    for (const who of ["chair", "secretary", "coordinator"]) {
      const id = await createMeeting(g.people[who], g.groupId, plan());
      const row = await meetingRow(id);
      expect(row.startsAt.toISOString()).toBe("2030-03-12T11:00:00.000Z");
      expect(row.agendaDeadline.toISOString()).toBe("2030-03-01T21:59:59.999Z");
      expect((await auditOf(id)).map((e) => e.action)).toEqual(["create"]);
    }
    const id = await createMeeting(g.people.chair, g.groupId, plan());
    for (const who of ["member", "otherOrganisationsMember", "otherCoordinator"]) {
      expect(await failure(updateMeeting(g.people[who], id, plan({ theme: "Kaapattu" })))).toBeInstanceOf(PermissionDenied);
      expect(await failure(cancelMeeting(g.people[who], id))).toBeInstanceOf(PermissionDenied);
      expect(await failure(inviteToMeeting(g.people[who], id))).toBeInstanceOf(PermissionDenied);
    }
    const row = await meetingRow(id);
    expect(row.status).toBe("planned");
    expect(row.invitedAt).toBeNull();
  });

  it("rejects bad input with messages and writes nothing", async () => {
    const g = await aGroup();
    const theme = unique("Virhe ");
    expect(
      await issuesOf(createMeeting(g.people.chair, g.groupId, plan({ theme, date: "2030-02-30", startTime: "25:00", place: undefined, agendaDeadline: "x" }))),
    ).toEqual(expect.arrayContaining(["date:dates.validation.noSuchDay", "startTime:dates.validation.time", "agendaDeadline:dates.validation.date"]));
    expect(
      await issuesOf(
        createMeeting(g.people.chair, g.groupId, plan({ theme, endTime: "12:00", place: "", onlineUrl: "ftp://x", agendaDeadline: "2030-04-01" })),
      ),
    ).toEqual(
      expect.arrayContaining([
        "endTime:meetings.validation.endBeforeStart",
        "onlineUrl:validation.url",
        "agendaDeadline:meetings.validation.deadlineAfterMeeting",
      ]),
    );
    expect(await issuesOf(createMeeting(g.people.chair, g.groupId, plan({ theme: " " })))).toEqual(["theme:validation.required"]);
    expect(await db().select().from(meeting).where(eq(meeting.theme, theme))).toHaveLength(0);
  });
});

describe("invitations", () => {
  it("go to every current member with a METHOD:REQUEST file; a change re-sends with the same UID and a higher SEQUENCE; a cancellation sends METHOD:CANCEL", async () => {
    const g = await aGroup();
    const contactOfDeputySeat = await anAccount({ role: "contact_person", organizationId: g.third.id });
    const addresses = [...g.addresses, contactOfDeputySeat.email.toLowerCase()].sort();
    const id = await createMeeting(g.people.secretary, g.groupId, plan());
    // Changes before the invitation send nothing.
    await updateMeeting(g.people.secretary, id, plan({ theme: "Ennen kutsua", startTime: "12:00" }));
    expect(await mailsTo(addresses)).toHaveLength(0);
    expect(await inviteToMeeting(g.people.secretary, id)).toMatchObject({ members: 4 });
    const invitations = await mailsTo(addresses);
    expect(invitations.map((m) => m.recipient).sort()).toEqual(addresses);
    const first = ics(invitations[0].attachments[0].content);
    expect(invitations[0].attachments[0].contentType).toContain("method=REQUEST");
    expect(first).toMatchObject({ method: "REQUEST", sequence: 1, status: "CONFIRMED" });
    expect(invitations[0].subject).toContain("Kokouskutsu");

    await updateMeeting(g.people.chair, id, plan({ theme: "Ennen kutsua", startTime: "12:30", place: "Valtakatu 2" }));
    const afterUpdate = (await mailsTo(addresses)).slice(4);
    expect(afterUpdate).toHaveLength(4);
    const update = ics(afterUpdate[0].attachments[0].content);
    expect(update).toMatchObject({ method: "REQUEST", uid: first.uid, sequence: 2 });
    expect(afterUpdate[0].subject).toContain("Kokous muuttunut");

    await cancelMeeting(g.people.coordinator, id);
    const afterCancel = (await mailsTo(addresses)).slice(8);
    expect(afterCancel).toHaveLength(4);
    const cancel = ics(afterCancel[0].attachments[0].content);
    expect(cancel).toMatchObject({ method: "CANCEL", uid: first.uid, sequence: 3, status: "CANCELLED" });
    expect(afterCancel[0].attachments[0].contentType).toContain("method=CANCEL");
    expect((await auditOf(id)).map((e) => e.action)).toEqual(expect.arrayContaining(["create", "update", "invite", "cancel"]));
    // A cancelled meeting cannot be changed or invited to.
    expect(await issuesOf(updateMeeting(g.people.chair, id, plan()))).toEqual(["_:meetings.validation.cancelled"]);
  });
});

describe("agenda", () => {
  it("takes proposals from members until the deadline, never from outsiders, and is arranged by the chair or secretary only", async () => {
    const g = await aGroup();
    const id = await createMeeting(g.people.chair, g.groupId, plan());
    const before = new Date("2030-02-01T10:00:00Z");
    const after = new Date("2030-03-02T10:00:00Z");
    const first = await proposeAgendaItem(g.people.member, id, { title: "Ohjaajaverkostokartan päivitys" }, before);
    expect(await failure(proposeAgendaItem(g.people.member, id, { title: "Myöhässä" }, after))).toBeInstanceOf(PermissionDenied);
    for (const who of ["otherOrganisationsMember", "otherContact", "otherCoordinator"])
      expect(await failure(proposeAgendaItem(g.people[who], id, { title: "Ulkopuolinen" }, before)), who).toBeInstanceOf(PermissionDenied);
    const second = await proposeAgendaItem(g.people.secretary, id, { title: "Toimintasuunnitelma", description: "Luonnos liitteenä" }, after);
    const third = await proposeAgendaItem(g.people.chair, id, { title: "Muut asiat" }, after);
    expect(await issuesOf(proposeAgendaItem(g.people.member, id, { title: "" }, before))).toEqual(["title:validation.required"]);
    expect((await itemsOf(id)).map((i) => i.title).sort()).toEqual(["Muut asiat", "Ohjaajaverkostokartan päivitys", "Toimintasuunnitelma"]);

    const version = (await meetingRow(id)).agendaVersion;
    const arrangement = {
      version,
      items: [
        { id: first, status: "accepted" as const, position: 2 },
        { id: second, status: "accepted" as const, position: 1 },
        { id: third, status: "rejected" as const, position: 3 },
      ],
    };
    for (const who of ["member", "otherOrganisationsMember", "otherCoordinator"])
      expect(await failure(saveAgenda(g.people[who], id, arrangement))).toBeInstanceOf(PermissionDenied);
    await saveAgenda(g.people.secretary, id, arrangement);
    const items = new Map((await itemsOf(id)).map((i) => [i.id, i]));
    expect([items.get(second)!.position, items.get(first)!.position, items.get(third)!.status]).toEqual([1, 2, "rejected"]);
    const inPlan = (await yearPlan(g.groupId, 2030)).find((m) => m.id === id)!;
    expect([inPlan.accepted, inPlan.proposed]).toEqual([2, 0]);
    expect((await auditOf(id)).some((e) => e.entityType === "meeting_agenda")).toBe(true);
  });

  it("takes a sub-group's proposal from its chair or secretary on its behalf, and refuses made-up sub-groups", async () => {
    const g = await aGroup();
    const id = await createMeeting(g.people.chair, g.groupId, plan());
    const subOrg = await anOrganization();
    const subSecretaryCard = await aPractitioner(subOrg.id);
    const subGroupId = await createGroup(system, {
      regionCode: "maakunta_19",
      type: "area",
      name: { fi: unique("Alueryhmä ") },
      description: {},
      parentId: g.groupId,
      municipalityCodes: ["kunta_698"],
    });
    await addMember(system, subGroupId, { organizationId: subOrg.id, practitionerId: subSecretaryCard, position: "secretary", startsOn: "2020-01-01" });
    const subSecretary = userWith({ role: "practitioner", practitionerId: subSecretaryCard });
    const before = new Date("2030-02-01T10:00:00Z");
    // Not a member of the parent group: only on the sub-group's behalf, and only until the deadline.
    expect(await failure(proposeAgendaItem(subSecretary, id, { title: "Omissa nimissä" }, before))).toBeInstanceOf(PermissionDenied);
    expect(
      await failure(proposeAgendaItem(subSecretary, id, { title: "Myöhässä", proposedByGroupId: subGroupId }, new Date("2030-03-05T10:00:00Z"))),
    ).toBeInstanceOf(PermissionDenied);
    const item = await proposeAgendaItem(subSecretary, id, { title: "Alueryhmän ehdotus", proposedByGroupId: subGroupId }, before);
    expect((await itemsOf(id)).map((i) => [i.id, i.proposedByGroupId])).toEqual([[item, subGroupId]]);
    // Another group's id is no sub-group of this one: outsiders are refused, members told it is unknown.
    expect(await failure(proposeAgendaItem(g.people.otherOrganisationsMember, id, { title: "X", proposedByGroupId: g.groupId }, before))).toBeInstanceOf(
      PermissionDenied,
    );
    expect(await issuesOf(proposeAgendaItem(g.people.member, id, { title: "X", proposedByGroupId: g.groupId }, before))).toEqual([
      "proposedByGroupId:validation.unknownCode",
    ]);
    expect(await itemsOf(id)).toHaveLength(1);
  });

  it("refuses an arrangement made from an older version, naming who saved first and changing nothing", async () => {
    const g = await aGroup();
    const id = await createMeeting(g.people.chair, g.groupId, plan());
    const a = await proposeAgendaItem(g.people.chair, id, { title: "A" });
    const b = await proposeAgendaItem(g.people.chair, id, { title: "B" });
    const version = (await meetingRow(id)).agendaVersion;
    const chair = { ...g.people.chair, name: "Puheenjohtaja Päivi" };
    await saveAgenda(chair, id, {
      version,
      items: [
        { id: a, status: "accepted", position: 1 },
        { id: b, status: "accepted", position: 2 },
      ],
    });
    const conflict = await failure(
      saveAgenda(g.people.secretary, id, {
        version,
        items: [
          { id: a, status: "rejected", position: 1 },
          { id: b, status: "accepted", position: 1 },
        ],
      }),
    );
    expect(conflict).toBeInstanceOf(EditConflict);
    expect((conflict as EditConflict).savedBy).toBe("Puheenjohtaja Päivi");
    const items = await itemsOf(id);
    expect(items.map((i) => [i.title, i.status, i.position]).sort()).toEqual([
      ["A", "accepted", 1],
      ["B", "accepted", 2],
    ]);
    // Bad input is refused and changes nothing, not even the version.
    const now = (await meetingRow(id)).agendaVersion;
    expect(await issuesOf(saveAgenda(g.people.chair, id, { version: now, items: [{ id: a, status: "maybe", position: 1 }] }))).toEqual([
      "items.0.status:validation.invalid",
    ]);
    expect((await meetingRow(id)).agendaVersion).toBe(now);
  });
});

describe("minutes", () => {
  it("never lose a concurrent edit: the second save from the same version is a conflict and the first text stays", async () => {
    const g = await aGroup();
    const id = await createMeeting(g.people.chair, g.groupId, plan({ date: "2024-05-02", agendaDeadline: "2024-04-25" }));
    const { minutesVersion } = await meetingRow(id);
    const secretary = { ...g.people.secretary, name: "Sihteeri Sanna" };
    await saveMinutes(secretary, id, { version: minutesVersion, text: "# Pöytäkirja\n\nSihteerin versio" });
    const second = await failure(saveMinutes(g.people.chair, id, { version: minutesVersion, text: "Puheenjohtajan versio" }));
    expect(second).toBeInstanceOf(EditConflict);
    expect((second as EditConflict).savedBy).toBe("Sihteeri Sanna");
    const row = await meetingRow(id);
    expect(row.minutes).toBe("# Pöytäkirja\n\nSihteerin versio");
    expect(row.minutesVersion).toBe(minutesVersion + 1);
    // With the current version the chair's save goes through.
    await saveMinutes(g.people.chair, id, { version: row.minutesVersion, text: "Yhdistetty versio" });
    expect((await meetingRow(id)).minutes).toBe("Yhdistetty versio");
    for (const who of ["member", "otherOrganisationsMember", "otherCoordinator"])
      expect(await failure(saveMinutes(g.people[who], id, { version: row.minutesVersion + 1, text: "Kaapattu" }))).toBeInstanceOf(PermissionDenied);
    expect((await meetingRow(id)).minutes).toBe("Yhdistetty versio");
  });

  it("go from draft to circulated to approved at the next meeting, and are final then", async () => {
    const g = await aGroup();
    const held = await createMeeting(g.people.chair, g.groupId, plan({ date: "2024-05-02", agendaDeadline: "2024-04-25" }));
    const future = await createMeeting(g.people.chair, g.groupId, plan({ date: "2030-09-10", agendaDeadline: "2030-09-01" }));
    expect(await issuesOf(circulateMinutes(g.people.secretary, held))).toEqual(["text:meetings.validation.minutesEmpty"]);
    expect(await issuesOf(circulateMinutes(g.people.secretary, future))).toEqual(expect.arrayContaining(["minutesStatus:meetings.validation.notHeldYet"]));
    await saveMinutes(g.people.secretary, held, { version: 1, text: "Pöytäkirja" });
    expect(await issuesOf(approveMinutes(g.people.chair, held))).toEqual(["minutesStatus:meetings.validation.minutesNotCirculated"]);
    expect(await failure(circulateMinutes(g.people.member, held))).toBeInstanceOf(PermissionDenied);
    await circulateMinutes(g.people.secretary, held);
    const circulated = (await mailsTo(g.addresses)).filter((m) => m.subject.startsWith("Pöytäkirja kommentoitavana"));
    expect(circulated.map((m) => m.recipient).sort()).toEqual(g.addresses);
    expect(circulated[0].body).toContain(`/fi/work/meetings/${held}`);
    // The next meeting is in 2030: not begun yet.
    expect(await issuesOf(approveMinutes(g.people.chair, held))).toEqual(["minutesStatus:meetings.validation.noNextMeeting"]);
    expect(await approveMinutes(g.people.chair, held, new Date("2030-09-10T10:00:00Z"))).toBe(future);
    const row = await meetingRow(held);
    expect([row.minutesStatus, row.minutesApprovedAtMeetingId]).toEqual(["approved", future]);
    expect(await issuesOf(saveMinutes(g.people.secretary, held, { version: row.minutesVersion, text: "Myöhäinen muutos" }))).toEqual([
      "text:meetings.validation.minutesApproved",
    ]);
    expect((await auditOf(held)).map((e) => e.action)).toEqual(expect.arrayContaining(["update", "circulate", "approve"]));
  });
});

describe("attendance, decisions and action items", () => {
  it("records attendance per membership, shows the quorum, and ties decisions and action items to accepted items", async () => {
    const g = await aGroup();
    const id = await createMeeting(g.people.chair, g.groupId, plan({ date: "2024-05-02", agendaDeadline: "2024-04-25" }));
    const page = (await meetingPage(id))!;
    const chairMembership = page.memberships.find((m) => m.position === "chair")!.id;
    // Three organisations: two are needed.
    await recordAttendance(g.people.secretary, id, { present: [chairMembership] });
    expect((await meetingPage(id))!.quorum).toEqual({ organizations: 3, represented: 1, needed: 2, reached: false });
    await recordAttendance(g.people.secretary, id, { present: [chairMembership, g.deputyId] });
    expect((await meetingPage(id))!.quorum.reached).toBe(true);
    expect(await failure(recordAttendance(g.people.member, id, { present: [g.memberId] }))).toBeInstanceOf(PermissionDenied);
    expect(await issuesOf(recordAttendance(g.people.secretary, id, { present: ["00000000-0000-4000-8000-000000000000"] }))).toEqual([
      "present:validation.unknownCode",
    ]);
    expect((await meetingPage(id))!.attendance.filter((a) => a.present)).toHaveLength(2);

    const item = await proposeAgendaItem(g.people.chair, id, { title: "Ohjaamo" });
    expect(await issuesOf(saveDecision(g.people.chair, item, { version: 1, decision: "Ei vielä" }))).toEqual(["decision:meetings.validation.notOnAgenda"]);
    await saveAgenda(g.people.chair, id, { version: (await meetingRow(id)).agendaVersion, items: [{ id: item, status: "accepted", position: 1 }] });
    await saveDecision(g.people.chair, item, { version: 1, decision: "Hyväksyttiin." });
    expect(await failure(saveDecision(g.people.secretary, item, { version: 1, decision: "Toinen" }))).toBeInstanceOf(EditConflict);
    expect((await itemsOf(id))[0].decision).toBe("Hyväksyttiin.");

    const outsider = await anOrganization();
    expect(await issuesOf(addActionItem(g.people.chair, item, { description: "Tee", owner: "Anna", organizationId: outsider.id }))).toEqual([
      "organizationId:meetings.validation.notGroupMember",
    ]);
    expect(await issuesOf(addActionItem(g.people.chair, item, { description: "", owner: "", dueOn: "2026-02-30" }))).toEqual(
      expect.arrayContaining(["description:validation.required", "owner:validation.required", "dueOn:dates.validation.noSuchDay"]),
    );
    expect(await failure(addActionItem(g.people.member, item, { description: "Tee", owner: "Anna" }))).toBeInstanceOf(PermissionDenied);
    const action = await addActionItem(g.people.chair, item, {
      description: "Päivitä kartta",
      owner: "Anna Ahola",
      organizationId: g.other.id,
      dueOn: "2024-06-30",
    });
    await setActionStatus(g.people.secretary, action, "done");
    expect(await failure(setActionStatus(g.people.otherCoordinator, action, "open"))).toBeInstanceOf(PermissionDenied);
    const [row] = await db().select().from(actionItem).where(eq(actionItem.id, action));
    expect([row.status, row.organizationId, row.dueOn]).toEqual(["done", g.other.id, "2024-06-30"]);
    expect((await auditOf(action)).map((e) => e.action)).toEqual(["create", "update"]);
    // Open action items are followed up on the year plan; done ones drop off.
    const open = await addActionItem(g.people.chair, item, { description: "Raportoi", owner: "Ville", status: "in_progress" });
    expect((await openActionItems(g.groupId)).map((a) => [a.id, a.itemTitle, a.status])).toEqual([[open, "Ohjaamo", "in_progress"]]);
  });
});

describe("missing minutes", () => {
  it("lists held meetings without circulated minutes a day after, and reminds the chair and secretary once", async () => {
    const g = await aGroup();
    const held = await createMeeting(g.people.chair, g.groupId, plan({ date: "2024-05-02", agendaDeadline: "2024-04-25" }));
    const done = await createMeeting(g.people.chair, g.groupId, plan({ date: "2024-06-02", agendaDeadline: "2024-05-25" }));
    await saveMinutes(g.people.secretary, done, { version: 1, text: "Valmis" });
    await circulateMinutes(g.people.secretary, done);
    const cancelled = await createMeeting(g.people.chair, g.groupId, plan({ date: "2024-07-02", agendaDeadline: "2024-06-25" }));
    await cancelMeeting(g.people.chair, cancelled);
    // The same evening the meeting is not missing its minutes yet; the next evening it is.
    expect((await meetingsMissingMinutes(new Date("2024-05-02T18:00:00Z"), [g.groupId])).map((m) => m.id)).toEqual([]);
    expect((await meetingsMissingMinutes(new Date("2024-09-01T00:00:00Z"), [g.groupId])).map((m) => m.id)).toEqual([held]);

    // The server runs the same job daily, so either may have claimed the meeting: the outcome is the same.
    const now = new Date();
    expect(await sendMinutesReminders(now)).not.toContain(done);
    const reminders = async () => (await mailsTo(g.addresses)).filter((m) => m.subject.startsWith("Pöytäkirja puuttuu"));
    expect((await reminders()).map((m) => m.recipient).sort()).toEqual([await emailOf(g.chairCard), await emailOf(g.secretaryCard)].sort());
    expect((await meetingRow(held)).minutesReminderSentAt).not.toBeNull();
    expect((await meetingRow(done)).minutesReminderSentAt).toBeNull();
    expect(await sendMinutesReminders(new Date(now.getTime() + 86_400_000))).not.toContain(held);
    expect(await reminders()).toHaveLength(2);
    expect((await auditOf(held)).map((e) => e.action)).toContain("remind");
  });
});

describe("notifications", () => {
  it("tell members, proposers and owners in the UI inside the command's transaction; the invitation is e-mailed once; refused commands notify nobody", async () => {
    const g = await aGroup();
    const chair = await anAccountUser({ role: "practitioner", practitionerId: g.chairCard });
    const member = await anAccountUser({ role: "practitioner", practitionerId: g.memberCard });
    const deputySeat = await anAccountUser({ role: "contact_person", organizationId: g.third.id });
    const outsider = await anAccountUser({ role: "practitioner", practitionerId: await aPractitioner((await anOrganization()).id) });
    const kinds = async (userId: string) => (await notificationsOf(userId)).map((n) => n.kind).sort();
    const held = await createMeeting(chair, g.groupId, plan({ date: "2024-05-02", agendaDeadline: "2024-04-25" }));

    expect(await failure(inviteToMeeting(member, held))).toBeInstanceOf(PermissionDenied);
    expect(await kinds(member.id)).toEqual([]);
    await inviteToMeeting(chair, held);
    for (const who of [chair, member, deputySeat]) expect(await kinds(who.id)).toEqual(["meeting.invite"]);
    const [notice] = await notificationsOf(member.id);
    expect([notice.messageKey, notice.link]).toEqual(["meetings.inbox.invite", `/work/meetings/${held}`]);
    // The invitation with its calendar file is the only e-mail: the notification is shown in the UI.
    expect(await mailsTo([...g.addresses, deputySeat.email, member.email])).toHaveLength(4);
    await updateMeeting(chair, held, plan({ date: "2024-05-02", agendaDeadline: "2024-04-25", theme: "Uusi teema" }));
    expect(await kinds(deputySeat.id)).toEqual(["meeting.invite", "meeting.update"]);

    const before = new Date("2024-04-01T10:00:00Z");
    const accepted = await proposeAgendaItem(member, held, { title: "Hyväksytty ehdotus" }, before);
    const rejected = await proposeAgendaItem(member, held, { title: "Hylätty ehdotus" }, before);
    const arrangement = {
      version: (await meetingRow(held)).agendaVersion,
      items: [
        { id: accepted, status: "accepted" as const, position: 1 },
        { id: rejected, status: "rejected" as const, position: 2 },
      ],
    };
    expect(await failure(saveAgenda(member, held, arrangement))).toBeInstanceOf(PermissionDenied);
    expect(await kinds(member.id)).toEqual(["meeting.invite", "meeting.update"]);
    await saveAgenda(chair, held, arrangement);
    expect((await mailsTo([member.email])).map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("Hyväksytty ehdotus"), expect.stringContaining("Hylätty ehdotus")]),
    );

    expect(await failure(addActionItem(member, accepted, { description: "Luvaton", owner: member.email }))).toBeInstanceOf(PermissionDenied);
    const mapAction = await addActionItem(chair, accepted, { description: "Päivitä kartta", owner: member.email });
    await addActionItem(chair, accepted, { description: "Ulkopuolisen tehtävä", owner: outsider.email });

    await saveMinutes(chair, held, { version: 1, text: "Pöytäkirja" });
    expect(await failure(circulateMinutes(member, held))).toBeInstanceOf(PermissionDenied);
    await circulateMinutes(chair, held);
    const next = await createMeeting(chair, g.groupId, plan({ date: "2024-06-04", agendaDeadline: "2024-05-28" }));
    await approveMinutes(chair, held);
    const later = await createMeeting(chair, g.groupId, plan());
    await inviteToMeeting(chair, later);
    await cancelMeeting(chair, later);
    await sendMinutesReminders(new Date());

    expect(await kinds(member.id)).toEqual(
      [
        "action_item.assigned",
        "agenda_item.accepted",
        "agenda_item.rejected",
        "meeting.cancel",
        "meeting.invite",
        "meeting.invite",
        "meeting.minutes.approved",
        "meeting.minutes.circulated",
        "meeting.update",
      ].sort(),
    );
    expect(await kinds(chair.id)).toEqual(
      expect.arrayContaining(["meeting.minutes.missing", "meeting.minutes.circulated", "meeting.minutes.approved", "meeting.cancel"]),
    );
    expect((await notificationsOf(chair.id)).find((n) => n.kind === "meeting.minutes.missing")?.link).toBe(`/work/meetings/${next}`);
    expect(await kinds(outsider.id)).toEqual([]);
    // The circulation e-mails the members itself: one e-mail each, no second copy from the notification.
    const deputyMails = (await mailsTo([deputySeat.email])).map((m) => m.subject);
    expect(deputyMails.filter((s) => s.includes("kommentoitav"))).toHaveLength(1);
    expect(deputyMails.filter((s) => s.includes("hyväksytty"))).toHaveLength(1);
    // Notifications whose cause was resolved are done, with the reason (issue 13).
    const reasons = async (userId: string, kind: string) => (await notificationsOf(userId)).filter((n) => n.kind === kind).map((n) => n.doneReason);
    expect(await reasons(member.id, "meeting.minutes.circulated")).toEqual(["minutesApproved"]);
    expect(await reasons(member.id, "meeting.invite")).toEqual(["meetingCancelled", null]);
    expect(await reasons(member.id, "meeting.cancel")).toEqual([null]);
    expect(await reasons(member.id, "action_item.assigned")).toEqual([null]);
    await setActionStatus(chair, mapAction, "in_progress");
    expect(await reasons(member.id, "action_item.assigned")).toEqual([null]);
    await setActionStatus(chair, mapAction, "done");
    expect(await reasons(member.id, "action_item.assigned")).toEqual(["actionDone"]);
  });
});

describe("a member's calendar feed", () => {
  it("answers while its owner may read the group's meetings, and stops when they leave the group", async () => {
    const g = await aGroupWithOfficers();
    const member = await anAccountUser({ role: "practitioner", practitionerId: g.memberCard });
    const chair = userWith({ role: "practitioner", practitionerId: g.chairCard });
    await createMeeting(chair, g.groupId, plan());
    const token = await calendarToken(g.groupId, member.id);
    expect((await feedByToken(token))?.meetings).toHaveLength(1);

    await removeMember(system, g.memberId);
    expect(await feedByToken(token)).toBeNull();
  });
});
