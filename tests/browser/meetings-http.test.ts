import ICAL from "ical.js";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { auditEvent } from "../../app/audit/public.server";
import { proposeAgendaItem, saveAgenda } from "../../app/governance/meetings/commands/agenda.server";
import { createMeeting } from "../../app/governance/meetings/commands/meeting.server";
import { actionItem, agendaItem, meeting, meetingAttendance } from "../../app/governance/meetings/schema.server";
import { aGroupWithOfficers, anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

const meetingRow = async (id: string) => (await db().select().from(meeting).where(eq(meeting.id, id)))[0];

async function aGroupWithMeeting() {
  const { org, other, groupId, chairCard, secretaryCard, memberCard } = await aGroupWithOfficers();
  const outsider = await anOrganization();
  const theme = unique("Teema ");
  const meetingId = await createMeeting(system, groupId, {
    theme,
    date: "2030-03-12",
    startTime: "13:00",
    endTime: "15:00",
    place: "Rovaniemi",
    agendaDeadline: "2030-03-01",
  });
  return {
    groupId,
    meetingId,
    theme,
    org,
    other,
    chair: await anAccount({ role: "practitioner", practitionerId: chairCard }),
    secretary: await anAccount({ role: "practitioner", practitionerId: secretaryCard }),
    member: await anAccount({ role: "practitioner", practitionerId: memberCard }),
    outsider: await anAccount({ role: "practitioner", practitionerId: await aPractitioner(outsider.id) }),
    otherCoordinator: await anAccount({ role: "coordinator", regionCode: "maakunta_18" }),
  };
}

const meetingFields = (theme: string, extra: Record<string, string> = {}): [string, string][] =>
  Object.entries({ theme, date: "2030-05-20", startTime: "09:00", endTime: "11:00", place: "Kemi", agendaDeadline: "2030-05-10", ...extra });

describe("meetings over HTTP", { timeout: 120_000 }, () => {
  it("keep out the anonymous, other organisations' members and other regions' coordinators, writing nothing", async () => {
    const g = await aGroupWithMeeting();
    for (const path of [`/fi/work/groups/${g.groupId}/meetings`, `/fi/work/meetings/${g.meetingId}`]) {
      const anonymous = await get(path);
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);
    }
    // Every form, posted without signing in, is sent to the sign-in page and writes nothing.
    for (const intent of [
      "update",
      "invite",
      "cancel",
      "propose",
      "agenda",
      "attendance",
      "minutes",
      "circulate",
      "approve",
      "decision",
      "action",
      "actionStatus",
    ]) {
      const anonymous = await postForm(`/fi/work/meetings/${g.meetingId}`, [
        ["intent", intent],
        ["title", "Nimetön"],
        ["version", "1"],
        ["minutes", "Nimetön"],
      ]);
      expect(anonymous.status, intent).toBe(303);
      expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);
    }
    expect((await postForm(`/fi/work/groups/${g.groupId}/meetings`, meetingFields("Nimetön"))).status).toBe(303);
    for (const account of [g.outsider, g.otherCoordinator]) {
      const cookie = await signIn(account);
      expect((await get(`/fi/work/groups/${g.groupId}/meetings`, cookie)).status).toBe(403);
      expect((await get(`/fi/work/meetings/${g.meetingId}`, cookie)).status).toBe(403);
      expect((await postForm(`/fi/work/groups/${g.groupId}/meetings`, meetingFields("Kaapattu"), cookie)).status).toBe(403);
      for (const fields of [
        [["intent", "cancel"]],
        [["intent", "invite"]],
        [
          ["intent", "propose"],
          ["title", "Ulkopuolinen"],
        ],
        [
          ["intent", "minutes"],
          ["version", "1"],
          ["minutes", "Kaapattu"],
        ],
      ] as [string, string][][])
        expect((await postForm(`/fi/work/meetings/${g.meetingId}`, fields, cookie)).status).toBe(403);
    }
    // A member reads and proposes (before the deadline) but does not run the meeting.
    const member = await signIn(g.member);
    const page = await (await get(`/fi/work/meetings/${g.meetingId}`, member)).text();
    expect(page).toContain(g.theme);
    expect(page).not.toContain("Lähetä kokouskutsu");
    expect((await postForm(`/fi/work/meetings/${g.meetingId}`, [["intent", "cancel"]], member)).status).toBe(403);
    expect(
      (
        await postForm(
          `/fi/work/meetings/${g.meetingId}`,
          [
            ["intent", "minutes"],
            ["version", "1"],
            ["minutes", "Jäsenen teksti"],
          ],
          member,
        )
      ).status,
    ).toBe(403);
    expect((await postForm(`/fi/work/groups/${g.groupId}/meetings`, meetingFields("Jäsenen kokous"), member)).status).toBe(403);
    const proposed = await postForm(
      `/fi/work/meetings/${g.meetingId}`,
      [
        ["intent", "propose"],
        ["title", "Jäsenen ehdotus"],
      ],
      member,
    );
    expect(proposed.status).toBe(303);
    const row = await meetingRow(g.meetingId);
    expect([row.status, row.minutes, row.invitedAt]).toEqual(["planned", "", null]);
    expect((await db().select().from(agendaItem).where(eq(agendaItem.meetingId, g.meetingId))).map((i) => i.title)).toEqual(["Jäsenen ehdotus"]);
    expect(await db().select().from(meeting).where(eq(meeting.groupId, g.groupId))).toHaveLength(1);
  });

  it("answer bad input on every form with 400 and a translated message, writing nothing", async () => {
    const g = await aGroupWithMeeting();
    const cookie = await signIn(g.secretary);
    const base = `/fi/work/meetings/${g.meetingId}`;
    const created = await postForm(`/fi/work/groups/${g.groupId}/meetings`, meetingFields("", { date: "2030-02-31", endTime: "08:00" }), cookie);
    expect(created.status).toBe(400);
    const html = await created.text();
    for (const message of ["Tämä tieto on pakollinen.", "Päivä: tätä päivää ei ole kalenterissa.", "Kokous ei voi päättyä ennen kuin se alkaa."])
      expect(html).toContain(message);
    const sv = await postForm(`/sv/work/groups/${g.groupId}/meetings`, meetingFields("Tema", { place: "" }), cookie);
    expect(sv.status).toBe(400);
    expect(await sv.text()).toContain("Ange mötesplats eller länk för distansanslutning.");
    expect(await db().select().from(meeting).where(eq(meeting.groupId, g.groupId))).toHaveLength(1);

    const update = await postForm(base, [["intent", "update"], ...meetingFields(g.theme, { startTime: "kello yksi" })], cookie);
    expect(update.status).toBe(400);
    expect(await update.text()).toContain("Alkaa: anna kellonaika muodossa 9.00 tai 13.30.");
    expect((await meetingRow(g.meetingId)).icsSequence).toBe(0);

    const propose = await postForm(
      base,
      [
        ["intent", "propose"],
        ["title", " "],
      ],
      cookie,
    );
    expect(propose.status).toBe(400);
    expect(await propose.text()).toContain("Tämä tieto on pakollinen.");

    const item = await proposeAgendaItem(system, g.meetingId, { title: "Asia" });
    const version = String((await meetingRow(g.meetingId)).agendaVersion);
    const agenda = await postForm(
      base,
      [
        ["intent", "agenda"],
        ["version", version],
        ["itemIds", item],
        [`items.${item}.status`, "accepted"],
        [`items.${item}.position`, "ensimmäinen"],
      ],
      cookie,
    );
    expect(agenda.status).toBe(400);
    const agendaHtml = await agenda.text();
    expect(agendaHtml).toContain("Arvo ei kelpaa.");
    // The error summary links to the field by its name on the page.
    expect(agendaHtml).toContain(`href="#f-items-${item}-position"`);
    expect((await db().select().from(agendaItem).where(eq(agendaItem.id, item)))[0].status).toBe("proposed");

    const attendance = await postForm(
      base,
      [
        ["intent", "attendance"],
        ["present", "00000000-0000-4000-8000-000000000000"],
      ],
      cookie,
    );
    expect(attendance.status).toBe(400);
    expect(await db().select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, g.meetingId))).toHaveLength(0);

    const decision = await postForm(
      base,
      [
        ["intent", "decision"],
        ["agendaItemId", item],
        ["version", "1"],
        [`decision.${item}`, "Päätös"],
      ],
      cookie,
    );
    expect(decision.status).toBe(400);
    expect(await decision.text()).toContain("Asia ei ole hyväksytty asialistalle.");

    await saveAgenda(system, g.meetingId, { version: Number(version), items: [{ id: item, status: "accepted", position: 1 }] });
    const action = await postForm(
      base,
      [
        ["intent", "action"],
        ["agendaItemId", item],
        [`action.${item}.description`, ""],
        [`action.${item}.owner`, "Anna"],
        [`action.${item}.dueOn`, "huomenna"],
      ],
      cookie,
    );
    expect(action.status).toBe(400);
    const actionHtml = await action.text();
    expect(actionHtml).toContain("Tämä tieto on pakollinen.");
    expect(actionHtml).toContain("Määräpäivä: anna päivämäärä muodossa 15.2.2027.");
    expect(await db().select().from(actionItem).where(eq(actionItem.agendaItemId, item))).toHaveLength(0);

    const [{ id: actionId }] = await db().insert(actionItem).values({ agendaItemId: item, description: "Tee", owner: "Anna" }).returning({ id: actionItem.id });
    const status = await postForm(
      base,
      [
        ["intent", "actionStatus"],
        ["actionItemId", actionId],
        [`status.${actionId}`, "forgotten"],
      ],
      cookie,
    );
    expect(status.status).toBe(400);
    expect(await status.text()).toContain("Arvo ei kelpaa.");
    expect((await db().select().from(actionItem).where(eq(actionItem.id, actionId)))[0].status).toBe("open");

    const circulate = await postForm(base, [["intent", "circulate"]], cookie);
    expect(circulate.status).toBe(400);
    expect(await circulate.text()).toContain("Kokous ei ole vielä alkanut.");
    expect((await meetingRow(g.meetingId)).minutesStatus).toBe("draft");
  });

  it("answer a concurrent minutes edit with 409, saying who saved first and keeping the user's text", async () => {
    const g = await aGroupWithMeeting();
    const secretary = await signIn(g.secretary);
    const chair = await signIn(g.chair);
    const base = `/fi/work/meetings/${g.meetingId}`;
    // Both open the editor at version 1.
    const first = await postForm(
      base,
      [
        ["intent", "minutes"],
        ["version", "1"],
        ["minutes", "Sihteerin teksti"],
      ],
      secretary,
    );
    expect(first.status).toBe(303);
    const second = await postForm(
      base,
      [
        ["intent", "minutes"],
        ["version", "1"],
        ["minutes", "Puheenjohtajan oma teksti"],
      ],
      chair,
    );
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain("Tallennus ei onnistunut:");
    expect(html).toMatch(/Test User \S+ tallensi muutoksia/);
    expect(html).toContain("Puheenjohtajan oma teksti");
    expect(html).toContain("Sihteerin teksti");
    expect((await meetingRow(g.meetingId)).minutes).toBe("Sihteerin teksti");
    // The form now carries the current version: saving again replaces the text knowingly.
    expect(html).toContain('name="version" value="2"');
    expect(
      (
        await postForm(
          base,
          [
            ["intent", "minutes"],
            ["version", "2"],
            ["minutes", "Yhdistetty"],
          ],
          chair,
        )
      ).status,
    ).toBe(303);
    expect((await meetingRow(g.meetingId)).minutes).toBe("Yhdistetty");

    // The same for the agenda, in English.
    const item = await proposeAgendaItem(system, g.meetingId, { title: "Item" });
    const version = String((await meetingRow(g.meetingId)).agendaVersion);
    const arrange = (status: string, cookie: string) =>
      postForm(
        `/en/work/meetings/${g.meetingId}`,
        [
          ["intent", "agenda"],
          ["version", version],
          ["itemIds", item],
          [`items.${item}.status`, status],
          [`items.${item}.position`, "1"],
        ],
        cookie,
      );
    expect((await arrange("accepted", secretary)).status).toBe(303);
    const late = await arrange("rejected", chair);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Not saved:");
    expect((await db().select().from(agendaItem).where(eq(agendaItem.id, item)))[0].status).toBe("accepted");
  });

  it("serve each group's calendar feed at its secret address without signing in", async () => {
    const g = await aGroupWithMeeting();
    const member = await signIn(g.member);
    const plan = await (await get(`/fi/work/groups/${g.groupId}/meetings?year=2030`, member)).text();
    expect(plan).toContain(g.theme);
    const url = /\/calendars\/([A-Za-z0-9_-]+)\.ics/.exec(plan);
    expect(url).not.toBeNull();
    const feed = await get(url![0]);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const events = calendar.getAllSubcomponents("vevent");
    expect(events.map((e) => new ICAL.Event(e).summary)).toEqual([expect.stringContaining(g.theme)]);
    expect(events[0].getFirstPropertyValue("uid")).toBe((await meetingRow(g.meetingId)).icsUid);
    expect((await get("/calendars/not-a-real-token-at-all.ics")).status).toBe(404);
    expect((await get("/calendars/x.ics")).status).toBe(404);
  });

  it("give each member their own feed address, which they can change: the old one then answers 404, and the change is audited", async () => {
    const g = await aGroupWithMeeting();
    const feedPath = (html: string) => /\/calendars\/[A-Za-z0-9_-]+\.ics/.exec(html)![0];
    const planPath = `/fi/work/groups/${g.groupId}/meetings?year=2030`;
    const member = await signIn(g.member);
    const chair = await signIn(g.chair);
    const old = feedPath(await (await get(planPath, member)).text());
    const chairs = feedPath(await (await get(planPath, chair)).text());
    expect(chairs).not.toBe(old);

    const rotated = await postForm(`/fi/work/groups/${g.groupId}/meetings`, [["intent", "rotateFeed"]], member);
    expect(rotated.status).toBe(303);
    expect(rotated.headers.get("location")).toContain("notice=feedRotated");
    const page = await (await get(`/fi/work/groups/${g.groupId}/meetings?year=2030&notice=feedRotated`, member)).text();
    expect(page).toContain("Kalenterin osoite vaihdettiin.");
    const renewed = feedPath(page);
    expect(renewed).not.toBe(old);
    expect((await get(old)).status).toBe(404);
    expect((await get(renewed)).status).toBe(200);
    // The other members' addresses keep working.
    expect((await get(chairs)).status).toBe(200);

    const [audit] = await db()
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "network_group"), eq(auditEvent.entityId, g.groupId), eq(auditEvent.actorUserId, g.member.id)));
    expect(Object.keys(audit.changes as object)).toEqual(["calendarFeedCreatedAt"]);
    expect(JSON.stringify(audit)).not.toContain(renewed.slice("/calendars/".length, -".ics".length));

    // Someone outside the group cannot get an address, nor change one.
    expect((await postForm(`/fi/work/groups/${g.groupId}/meetings`, [["intent", "rotateFeed"]], await signIn(g.outsider))).status).toBe(403);
  });
});
