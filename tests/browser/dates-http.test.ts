import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { todayInFinland } from "../../app/kit/dates/calendar";
import { db } from "../../app/kit/db/db.server";
import { meeting } from "../../app/governance/meetings/schema.server";
import { offering } from "../../app/offerings/schema.server";
import { aGroupWithOfficers, anAccount, anOrganization, unique } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

/** Dates and times as Finns type them, through real forms without JavaScript (decision 0173). */
describe("date and time fields over HTTP", { timeout: 120_000 }, () => {
  it("plan a meeting from 15.2.2027 at 9.00, show the values back in that form, and refuse 31.2.2027 naming the field", async () => {
    const { groupId, secretaryCard } = await aGroupWithOfficers();
    const cookie = await signIn(await anAccount({ role: "practitioner", practitionerId: secretaryCard }));
    const theme = unique("Päivämääräkokous ");
    const fields = (extra: Record<string, string>): [string, string][] =>
      Object.entries({ theme, date: "15.2.2027", startTime: "9.00", endTime: "11.30", place: "Kajaani", agendaDeadline: "1.2.2027", ...extra });

    const refused = await postForm(`/fi/work/groups/${groupId}/meetings`, fields({ date: "31.2.2027", endTime: "25.00" }), cookie);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("Päivä: tätä päivää ei ole kalenterissa. Anna päivämäärä muodossa 15.2.2027.");
    expect(html).toContain("Päättyy: anna kellonaika muodossa 9.00 tai 13.30.");
    // The error summary names the field once and links to it; the field keeps what was typed.
    expect(html).not.toContain("Päivä: Päivä:");
    expect(html).toContain('href="#f-date"');
    expect(html).toMatch(/<input[^>]*name="date"[^>]*value="31\.2\.2027"/);
    expect(await db().select().from(meeting).where(eq(meeting.theme, theme))).toHaveLength(0);

    const created = await postForm(`/fi/work/groups/${groupId}/meetings`, fields({}), cookie);
    expect(created.status).toBe(303);
    const [row] = await db().select().from(meeting).where(eq(meeting.theme, theme));
    // Finnish winter time is UTC+2.
    expect(row.startsAt.toISOString()).toBe("2027-02-15T07:00:00.000Z");
    expect(row.endsAt.toISOString()).toBe("2027-02-15T09:30:00.000Z");
    expect(row.agendaDeadline.toISOString()).toBe("2027-02-01T21:59:59.999Z");

    const page = await (await get(`/fi/work/meetings/${row.id}`, cookie)).text();
    expect(page).toMatch(/<input[^>]*name="date"[^>]*value="15\.2\.2027"/);
    expect(page).toMatch(/<input[^>]*name="startTime"[^>]*value="9\.00"/);
    expect(page).toContain("Muodossa pp.kk.vvvv, esimerkiksi 15.2.2027.");
  });

  it("save an offering's dates typed in the Finnish form, a year left out being this year, and ISO dates as a date input sends them", async () => {
    const org = await anOrganization({ regionCodes: ["maakunta_18"] });
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const name = unique("Päivämääräkoulutus ");
    const fields = (dates: Record<string, string>): [string, string][] => [
      ["organizationId", org.id],
      ["name.fi", name],
      ["educationType", "vocational_qualification"],
      ["fieldCode", "kansallinenkoulutusluokitus2016koulutusalataso1_07"],
      ["teachingLanguages", "fi"],
      ["teachingMethod", "contact"],
      ["municipalityCode", "kunta_205"],
      ...Object.entries(dates),
    ];
    const path = `/fi/work/offerings/new?organization=${org.id}`;

    const refused = await postForm(path, fields({ startDate: "31.2.2027", applicationEnd: "huomenna" }), cookie);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("Alkamispäivä: tätä päivää ei ole kalenterissa.");
    expect(html).toContain("Haku päättyy: anna päivämäärä muodossa 15.2.2027.");
    expect(await db().select().from(offering).where(eq(offering.organizationId, org.id))).toHaveLength(0);

    const created = await postForm(path, fields({ startDate: "15.2.2027", applicationStart: "1.12.", applicationEnd: "2027-01-31" }), cookie);
    expect(created.status).toBe(303);
    const [row] = await db().select().from(offering).where(eq(offering.organizationId, org.id));
    expect(row).toMatchObject({ startDate: "2027-02-15", applicationStart: `${todayInFinland().slice(0, 4)}-12-01`, applicationEnd: "2027-01-31" });
  });
});
