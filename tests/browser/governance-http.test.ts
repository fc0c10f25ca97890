import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { createGroup } from "../../app/governance/commands/group.server";
import { addMember } from "../../app/governance/commands/membership.server";
import { publishAgreement } from "../../app/governance/commands/agreement.server";
import { agreementAcceptance, agreementVersion, groupMembership, networkGroup } from "../../app/governance/schema.server";
import { anAccount, anOrganization, aPractitioner, system, unique } from "../support/fixtures";
import { get, postForm, signIn } from "../support/http";

const membersOf = (groupId: string) => db().select().from(groupMembership).where(eq(groupMembership.groupId, groupId));
const groupRow = async (id: string) => (await db().select().from(networkGroup).where(eq(networkGroup.id, id)))[0];

async function aGroup() {
  const org = await anOrganization();
  const other = await anOrganization();
  const chairCard = await aPractitioner(org.id);
  const secretaryCard = await aPractitioner(org.id);
  const memberCard = await aPractitioner(other.id);
  const name = unique("Alueryhmä ");
  const groupId = await createGroup(system, {
    regionCode: "maakunta_19",
    type: "area",
    name: { fi: name },
    description: { fi: "Kuvaus" },
    municipalityCodes: ["kunta_698"],
  });
  await addMember(system, groupId, { organizationId: org.id, practitionerId: chairCard, position: "chair", startsOn: "2020-01-01" });
  await addMember(system, groupId, { organizationId: org.id, practitionerId: secretaryCard, position: "secretary", startsOn: "2020-01-01" });
  const memberId = await addMember(system, groupId, { organizationId: other.id, practitionerId: memberCard, position: "member", startsOn: "2020-01-01" });
  return { org, other, name, groupId, memberId, chairCard, secretaryCard, memberCard };
}

const groupFields = (name: string, extra: [string, string][] = []): [string, string][] => [
  ["intent", "group"],
  ["type", "area"],
  ["name.fi", name],
  ["municipalityCodes", "kunta_698"],
  ...extra,
];
const memberFields = (organizationId: string, position = "member", startsOn = "2026-01-01"): [string, string][] => [
  ["intent", "addMember"],
  ["new.organizationId", organizationId],
  ["new.position", position],
  ["new.startsOn", startsOn],
];

describe("groups: public pages", { timeout: 60_000 }, () => {
  it("show current member organisations and no contact details, and the region's tree", async () => {
    const g = await aGroup();
    const sub = await createGroup(system, {
      regionCode: "maakunta_19",
      type: "working",
      name: { fi: unique("Työryhmä ") },
      description: {},
      parentId: g.groupId,
      endsOn: "2030-12-31",
    });
    const ended = await anOrganization();
    await addMember(system, g.groupId, { organizationId: ended.id, position: "member", startsOn: "2020-01-01", endsOn: "2021-01-01" });
    const page = await get(`/fi/groups/${g.groupId}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(g.name);
    expect(html).toContain(g.org.name);
    expect(html).toContain(g.other.name);
    expect(html).not.toContain(ended.name);
    expect(html).toContain("Puheenjohtaja");
    expect(html).toContain("Rovaniemi");
    expect(html).not.toContain("@example.fi");
    expect(html).toContain(`/fi/groups/${sub}`);
    expect((await get("/fi/groups/not-a-uuid")).status).toBe(404);
    expect((await get("/fi/groups/00000000-0000-0000-0000-000000000000")).status).toBe(404);

    const list = await (await get("/fi/groups?region=maakunta_19")).text();
    // The sub-group is nested inside its parent's list item.
    const parentAt = list.indexOf(`/fi/groups/${g.groupId}`);
    expect(parentAt).toBeGreaterThan(0);
    expect(list.indexOf(`/fi/groups/${sub}`)).toBeGreaterThan(parentAt);
    expect(list).not.toContain("/fi/work/groups/new");
    expect((await get("/fi/groups?region=bogus")).status).toBe(200);
  });
});

describe("groups: signed-in editing", { timeout: 120_000 }, () => {
  it("refuses the anonymous, members and other regions' coordinators, writing nothing", async () => {
    const g = await aGroup();
    const anonymous = await get(`/fi/work/groups/${g.groupId}`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toMatch(/^\/fi\/sign-in/);
    expect((await postForm(`/fi/work/groups/${g.groupId}`, memberFields(g.other.id))).status).toBe(303);

    const refused = [
      await anAccount({ role: "practitioner", practitionerId: g.memberCard }),
      await anAccount({ role: "practitioner", practitionerId: await aPractitioner(g.other.id) }),
      await anAccount({ role: "coordinator", regionCode: "maakunta_18" }),
      await anAccount({ role: "contact_person", organizationId: g.org.id }),
    ];
    for (const account of refused) {
      const cookie = await signIn(account);
      expect((await get(`/fi/work/groups/${g.groupId}`, cookie)).status).toBe(403);
      expect((await postForm(`/fi/work/groups/${g.groupId}`, memberFields(g.other.id), cookie)).status).toBe(403);
      expect((await postForm(`/fi/work/groups/${g.groupId}`, groupFields("Kaapattu"), cookie)).status).toBe(403);
      expect(
        (
          await postForm(
            `/fi/work/groups/${g.groupId}`,
            [
              ["intent", "removeMember"],
              ["membershipId", g.memberId],
            ],
            cookie,
          )
        ).status,
      ).toBe(403);
      expect((await get("/fi/work/groups/new?region=maakunta_19", cookie)).status).toBe(403);
    }
    expect(await membersOf(g.groupId)).toHaveLength(3);
    expect((await groupRow(g.groupId)).name.fi).toBe(g.name);
  });

  it("lets the chair and secretary edit members but not the group; the coordinator edits both", async () => {
    const g = await aGroup();
    for (const card of [g.chairCard, g.secretaryCard]) {
      const cookie = await signIn(await anAccount({ role: "practitioner", practitionerId: card }));
      const page = await (await get(`/fi/work/groups/${g.groupId}`, cookie)).text();
      expect(page).toContain("Voit muokata vain ryhmän jäseniä.");
      const added = await postForm(`/fi/work/groups/${g.groupId}`, memberFields(g.other.id, "deputy"), cookie);
      expect(added.status).toBe(303);
      expect(added.headers.get("location")).toBe(`/fi/work/groups/${g.groupId}?notice=memberSaved`);
      expect((await postForm(`/fi/work/groups/${g.groupId}`, groupFields("Kaapattu"), cookie)).status).toBe(403);
    }
    expect((await membersOf(g.groupId)).filter((m) => m.position === "deputy")).toHaveLength(2);
    expect((await groupRow(g.groupId)).name.fi).toBe(g.name);

    const coordinator = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const renamed = unique("Uusi nimi ");
    const saved = await postForm(`/fi/work/groups/${g.groupId}`, groupFields(renamed), coordinator);
    expect(saved.status).toBe(303);
    expect((await groupRow(g.groupId)).name.fi).toBe(renamed);
    const created = await postForm(
      "/fi/work/groups/new?region=maakunta_19",
      groupFields(unique("Uusi ryhmä ")).filter(([k]) => k !== "intent"),
      coordinator,
    );
    expect(created.status).toBe(303);
    expect(created.headers.get("location")).toMatch(/^\/fi\/work\/groups\/[0-9a-f-]{36}\?notice=created$/);
  });

  it("answers bad input on every form with 400 and a message, writing nothing", async () => {
    const g = await aGroup();
    const cookie = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const badGroup = await postForm(
      `/fi/work/groups/${g.groupId}`,
      groupFields("", [["endsOn", "2027-13-01"]]).filter(([k]) => k !== "municipalityCodes"),
      cookie,
    );
    expect(badGroup.status).toBe(400);
    const groupHtml = await badGroup.text();
    expect(groupHtml).toContain("Tämä tieto on pakollinen.");
    expect(groupHtml).toContain("Päättymispäivä (vain tilapäinen työryhmä): tätä päivää ei ole kalenterissa.");
    expect((await groupRow(g.groupId)).name.fi).toBe(g.name);

    const newName = unique("Ei tallennu ");
    const badNew = await postForm(
      "/fi/work/groups/new?region=maakunta_19",
      [
        ["type", "nope"],
        ["name.fi", newName],
      ],
      cookie,
    );
    expect(badNew.status).toBe(400);
    expect(
      await db()
        .select()
        .from(networkGroup)
        .where(eq(networkGroup.regionCode, "maakunta_19"))
        .then((rows) => rows.some((r) => r.name.fi === newName)),
    ).toBe(false);

    const secondChair = await postForm(`/fi/work/groups/${g.groupId}`, memberFields(g.other.id, "chair"), cookie);
    expect(secondChair.status).toBe(400);
    expect(await secondChair.text()).toContain("Ryhmällä on jo puheenjohtaja samalla kaudella.");
    const kainuu = await anOrganization({ regionCodes: ["maakunta_18"] });
    const outside = await postForm(`/fi/work/groups/${g.groupId}`, memberFields(kainuu.id), cookie);
    expect(outside.status).toBe(400);
    expect(await outside.text()).toContain("Organisaatio ei kuulu alueen verkostoon.");
    const update = await postForm(
      `/fi/work/groups/${g.groupId}`,
      [
        ["intent", "updateMember"],
        ["membershipId", g.memberId],
        [`m.${g.memberId}.organizationId`, g.other.id],
        [`m.${g.memberId}.position`, "member"],
        [`m.${g.memberId}.startsOn`, "2026-05-01"],
        [`m.${g.memberId}.endsOn`, "2026-04-01"],
      ],
      cookie,
    );
    expect(update.status).toBe(400);
    expect(await update.text()).toContain("Päättymispäivä ei voi olla ennen alkamispäivää.");
    const members = await membersOf(g.groupId);
    expect(members).toHaveLength(3);
    expect(members.find((m) => m.id === g.memberId)?.endsOn).toBeNull();
  });
});

describe("a stale member form", { timeout: 60_000 }, () => {
  it("answers the second save from the same loaded version with 409 and both versions, and keeps the first", async () => {
    const g = await aGroup();
    const cookie = await signIn(await anAccount({ role: "coordinator", regionCode: "maakunta_19" }));
    const page = await (await get(`/fi/work/groups/${g.groupId}`, cookie)).text();
    const loaded = page.match(new RegExp(`name="membershipId" value="${g.memberId}"/><input type="hidden" name="version" value="(\\d+)"`))?.[1];
    // A membership nobody has edited is at its first version.
    expect(loaded).toBe("1");
    const save = (version: string, position: string, endsOn: string) =>
      postForm(
        `/fi/work/groups/${g.groupId}`,
        [
          ["intent", "updateMember"],
          ["membershipId", g.memberId],
          ["version", version],
          [`m.${g.memberId}.organizationId`, g.other.id],
          [`m.${g.memberId}.practitionerId`, g.memberCard],
          [`m.${g.memberId}.position`, position],
          [`m.${g.memberId}.startsOn`, "2020-01-01"],
          [`m.${g.memberId}.endsOn`, endsOn],
        ],
        cookie,
      );
    expect((await save(loaded!, "member", "2030-01-31")).status).toBe(303);

    const stale = await save(loaded!, "deputy", "2030-02-28");
    expect(stale.status).toBe(409);
    const html = await stale.text();
    const table = html.slice(html.indexOf("<table"), html.indexOf("</table>"));
    expect(html).toContain("tallensi muutoksia");
    for (const shown of ["Jäsen", "Varajäsen", "2030-01-31", "2030-02-28"]) expect(table).toContain(`>${shown}<`);
    const [member] = (await membersOf(g.groupId)).filter((m) => m.id === g.memberId);
    expect([member.position, member.endsOn, member.version]).toEqual(["member", "2030-01-31", Number(loaded) + 1]);

    // The answer's form carries the stored version: saving from it replaces the first save knowingly.
    expect(html).toContain(`name="version" value="${Number(loaded) + 1}"`);
    expect((await save(String(Number(loaded) + 1), "deputy", "2030-02-28")).status).toBe(303);
    expect((await membersOf(g.groupId)).find((m) => m.id === g.memberId)?.position).toBe("deputy");
  });
});

describe("partnership agreement at work", { timeout: 120_000 }, () => {
  it("lets a contact person accept their organisation's current version, once, and nobody else's", async () => {
    const region = "maakunta_17";
    const org = await anOrganization({ regionCodes: [region] });
    const other = await anOrganization({ regionCodes: [region] });
    const { id: versionId } = await publishAgreement(system, { regionCode: region, body: { fi: unique("Sopimusteksti ") }, expiresOn: "2099-12-31" });
    const cookie = await signIn(await anAccount({ role: "contact_person", organizationId: org.id }));
    const page = await (await get("/fi/work/agreement", cookie)).text();
    expect(page).toContain("Hyväksy sopimus organisaation");
    expect((await get(`/fi/work/agreement?region=${region}`, cookie)).status).toBe(403);

    const foreign = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "accept"],
        ["organizationId", other.id],
        ["versionId", versionId],
      ],
      cookie,
    );
    expect(foreign.status).toBe(403);
    const forged = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "publish"],
        ["regionCode", region],
        ["body.fi", "Väärennetty"],
      ],
      cookie,
    );
    expect(forged.status).toBe(403);
    const accepted = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "accept"],
        ["organizationId", org.id],
        ["versionId", versionId],
      ],
      cookie,
    );
    expect(accepted.status).toBe(303);
    const rows = await db().select().from(agreementAcceptance).where(eq(agreementAcceptance.versionId, versionId));
    expect(rows.map((r) => [r.organizationId, r.onBehalf])).toEqual([[org.id, false]]);
    expect(
      await db()
        .select()
        .from(agreementVersion)
        .where(and(eq(agreementVersion.regionCode, region), eq(agreementVersion.body, { fi: "Väärennetty" }))),
    ).toHaveLength(0);
    expect((await get("/fi/work/agreement", await signIn(await anAccount({ role: "practitioner", practitionerId: await aPractitioner(org.id) })))).status).toBe(
      403,
    );
  });

  it("shows the coordinator the organisations that have not accepted, and refuses a bad new version", async () => {
    const region = "maakunta_16";
    const accepted = await anOrganization({ regionCodes: [region] });
    const missing = await anOrganization({ regionCodes: [region] });
    const cookie = await signIn(await anAccount({ role: "coordinator", regionCode: region }));
    const published = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "publish"],
        ["regionCode", region],
        ["body.fi", "Kumppanuussopimus"],
        ["expiresOn", "2000-01-01"],
      ],
      cookie,
    );
    expect(published.status).toBe(303);
    const [version] = await db().select().from(agreementVersion).where(eq(agreementVersion.regionCode, region)).orderBy(agreementVersion.version);
    const onBehalf = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "accept"],
        ["organizationId", accepted.id],
        ["versionId", version.id],
      ],
      cookie,
    );
    expect(onBehalf.status).toBe(303);
    const html = await (await get("/fi/work/agreement", cookie)).text();
    expect(html).toContain("Vanhentunut");
    expect(html.indexOf(missing.name)).toBeLessThan(html.indexOf(accepted.name));
    expect(html).toContain("organisaation puolesta");

    const versionsBefore = (await db().select().from(agreementVersion).where(eq(agreementVersion.regionCode, region))).length;
    const bad = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "publish"],
        ["regionCode", region],
        ["body.fi", ""],
        ["expiresOn", "31.13.2030"],
      ],
      cookie,
    );
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Tämä tieto on pakollinen.");
    expect(badHtml).toContain("Voimassaolo päättyy (valinnainen): tätä päivää ei ole kalenterissa.");
    expect(await db().select().from(agreementVersion).where(eq(agreementVersion.regionCode, region))).toHaveLength(versionsBefore);
    const otherRegion = await postForm(
      "/fi/work/agreement",
      [
        ["intent", "publish"],
        ["regionCode", "maakunta_19"],
        ["body.fi", "Ei minun"],
      ],
      cookie,
    );
    expect(otherRegion.status).toBe(403);
  });
});
