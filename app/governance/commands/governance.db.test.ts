import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  aGroupWithOfficers as officersGroup,
  anAccount,
  anOrganization,
  aPractitioner,
  failure,
  issuesOf,
  system,
  unique,
  userWith,
} from "../../../tests/support/fixtures";
import { auditEvent } from "../../audit/schema.server";
import { db } from "../../kit/db/db.server";
import { PermissionDenied } from "../../kit/validation/errors";
import { outboxMessage } from "../../mail/schema.server";
import { networkMembership } from "../../network-map/schema.server";
import { acceptanceOverview } from "../queries.server";
import { agreementAcceptance, agreementVersion, groupMembership, networkGroup } from "../schema.server";
import { acceptAgreement, publishAgreement } from "./agreement.server";
import { createGroup, updateGroup } from "./group.server";
import { addMember, removeMember, updateMember } from "./membership.server";

const groupsNamed = async (name: string) =>
  db()
    .select()
    .from(networkGroup)
    .where(sql`${networkGroup.name}->>'fi' = ${name}`);
const membersOf = (groupId: string) => db().select().from(groupMembership).where(eq(groupMembership.groupId, groupId));
const auditOf = (entityId: string) => db().select().from(auditEvent).where(eq(auditEvent.entityId, entityId)).orderBy(auditEvent.id);

const lappiCoordinator = () => userWith({ role: "coordinator", regionCode: "maakunta_19" });
const kainuuCoordinator = () => userWith({ role: "coordinator", regionCode: "maakunta_18" });

async function aGroupWithOfficers() {
  const { org, other, groupId, memberId, chairCard, secretaryCard, memberCard } = await officersGroup();
  return {
    org,
    other,
    groupId,
    memberId,
    chair: userWith({ role: "practitioner", practitionerId: chairCard }),
    secretary: userWith({ role: "practitioner", practitionerId: secretaryCard }),
    member: userWith({ role: "practitioner", practitionerId: memberCard }),
    otherGroupsMember: userWith({ role: "practitioner", practitionerId: await aPractitioner(other.id) }),
  };
}

describe("groups", () => {
  it("are created by the region's coordinator, audited, and refused to others with nothing written", async () => {
    const name = unique("Alueryhmä ");
    const input = { regionCode: "maakunta_19", type: "area" as const, name: { fi: name }, description: {}, municipalityCodes: ["kunta_698"] };
    for (const caller of [kainuuCoordinator(), userWith({ role: "contact_person", organizationId: (await anOrganization()).id }), userWith()])
      expect(await failure(createGroup(caller, input))).toBeInstanceOf(PermissionDenied);
    expect(await groupsNamed(name)).toHaveLength(0);
    const id = await createGroup(lappiCoordinator(), input);
    expect((await groupsNamed(name))[0].municipalityCodes).toEqual(["kunta_698"]);
    expect((await auditOf(id)).map((e) => e.action)).toEqual(["create"]);
  });

  it("reject bad input: missing name, area without municipalities, a municipality elsewhere, an end on a standing group, a foreign parent", async () => {
    const name = unique("Virheryhmä ");
    expect(await issuesOf(createGroup(system, { regionCode: "maakunta_19", type: "area", name: { fi: "" }, description: {} }))).toEqual(
      expect.arrayContaining(["name.fi:validation.required", "municipalityCodes:validation.required"]),
    );
    expect(
      await issuesOf(createGroup(system, { regionCode: "maakunta_19", type: "area", name: { fi: name }, description: {}, municipalityCodes: ["kunta_205"] })),
    ).toEqual(["municipalityCodes:governance.validation.municipalityOutsideRegion"]);
    expect(
      await issuesOf(createGroup(system, { regionCode: "maakunta_19", type: "coordination", name: { fi: name }, description: {}, endsOn: "2027-01-01" })),
    ).toEqual(["endsOn:governance.validation.endOnlyWorking"]);
    expect(
      await issuesOf(createGroup(system, { regionCode: "maakunta_19", type: "working", name: { fi: name }, description: {}, endsOn: "2027-02-31" })),
    ).toEqual(["endsOn:dates.validation.noSuchDay"]);
    const kainuuGroup = await createGroup(system, { regionCode: "maakunta_18", type: "cooperation", name: { fi: unique("Kainuu ") }, description: {} });
    expect(
      await issuesOf(createGroup(system, { regionCode: "maakunta_19", type: "working", name: { fi: name }, description: {}, parentId: kainuuGroup })),
    ).toEqual(["parentId:validation.unknownCode"]);
    expect(await groupsNamed(name)).toHaveLength(0);
  });

  it("cannot be made their own descendant", async () => {
    const top = await createGroup(system, { regionCode: "maakunta_19", type: "cooperation", name: { fi: unique("Ylä ") }, description: {} });
    const below = await createGroup(system, { regionCode: "maakunta_19", type: "coordination", name: { fi: unique("Ala ") }, description: {}, parentId: top });
    const [before] = await db().select().from(networkGroup).where(eq(networkGroup.id, top));
    expect(
      await issuesOf(updateGroup(system, top, { regionCode: "maakunta_19", type: "cooperation", name: before.name, description: {}, parentId: below })),
    ).toEqual(["parentId:governance.validation.parentCycle"]);
    expect(
      await failure(
        updateGroup(userWith({ practitionerId: null, role: "practitioner" }), top, {
          regionCode: "maakunta_19",
          type: "cooperation",
          name: { fi: "x" },
          description: {},
        }),
      ),
    ).toBeInstanceOf(PermissionDenied);
    const [after] = await db().select().from(networkGroup).where(eq(networkGroup.id, top));
    expect(after).toEqual(before);
  });
});

describe("group members", () => {
  it("may be edited by the chair, the secretary and the region's coordinator only", async () => {
    const g = await aGroupWithOfficers();
    const third = await anOrganization();
    const input = { organizationId: third.id, position: "member" as const, startsOn: "2026-01-01" };
    for (const caller of [g.member, g.otherGroupsMember, kainuuCoordinator(), userWith({ role: "contact_person", organizationId: g.org.id })]) {
      expect(await failure(addMember(caller, g.groupId, input))).toBeInstanceOf(PermissionDenied);
      expect(await failure(updateMember(caller, g.memberId, { organizationId: g.other.id, position: "deputy", startsOn: "2020-01-01" }))).toBeInstanceOf(
        PermissionDenied,
      );
      expect(await failure(removeMember(caller, g.memberId))).toBeInstanceOf(PermissionDenied);
    }
    expect(await membersOf(g.groupId)).toHaveLength(3);
    expect((await membersOf(g.groupId)).find((m) => m.id === g.memberId)?.position).toBe("member");

    const byChair = await addMember(g.chair, g.groupId, input);
    await updateMember(g.secretary, byChair, { ...input, endsOn: "2026-06-30" });
    await removeMember(lappiCoordinator(), byChair);
    expect((await auditOf(byChair)).map((e) => e.action)).toEqual(["create", "update", "delete"]);
  });

  it("reject an organisation outside the network, someone else's practitioner, end before start and a second chair", async () => {
    const g = await aGroupWithOfficers();
    const kainuuOrg = await anOrganization({ regionCodes: ["maakunta_18"] });
    const strangerCard = await aPractitioner(kainuuOrg.id);
    expect(await issuesOf(addMember(system, g.groupId, { organizationId: kainuuOrg.id, position: "member", startsOn: "2026-01-01" }))).toEqual([
      "organizationId:governance.validation.notInNetwork",
    ]);
    expect(
      await issuesOf(addMember(system, g.groupId, { organizationId: g.other.id, practitionerId: strangerCard, position: "member", startsOn: "2026-01-01" })),
    ).toEqual(["practitionerId:governance.validation.practitionerNotInOrganization"]);
    expect(
      await issuesOf(addMember(system, g.groupId, { organizationId: g.other.id, position: "member", startsOn: "2026-05-01", endsOn: "2026-04-30" })),
    ).toEqual(["endsOn:governance.validation.endBeforeStart"]);
    expect(await issuesOf(addMember(system, g.groupId, { organizationId: g.other.id, position: "chair", startsOn: "2026-05-01" }))).toEqual([
      "position:governance.validation.oneChair",
    ]);
    expect(await membersOf(g.groupId)).toHaveLength(3);
    // After the old chair's term ends, a new chair may start the next day.
    const [oldChair] = (await membersOf(g.groupId)).filter((m) => m.position === "chair");
    await updateMember(system, oldChair.id, {
      organizationId: oldChair.organizationId,
      practitionerId: oldChair.practitionerId!,
      position: "chair",
      startsOn: "2020-01-01",
      endsOn: "2026-04-30",
    });
    await addMember(system, g.groupId, { organizationId: g.other.id, position: "chair", startsOn: "2026-05-01" });
    expect(await membersOf(g.groupId)).toHaveLength(4);

    // An organisation that left the network can still have its membership ended.
    await db().delete(networkMembership).where(eq(networkMembership.organizationId, g.other.id));
    const [leaving] = (await membersOf(g.groupId)).filter((m) => m.organizationId === g.other.id && m.position === "member");
    await updateMember(system, leaving.id, {
      organizationId: g.other.id,
      practitionerId: leaving.practitionerId!,
      position: "member",
      startsOn: "2020-01-01",
      endsOn: "2026-06-30",
    });
    expect(await issuesOf(addMember(system, g.groupId, { organizationId: g.other.id, position: "member", startsOn: "2026-07-01" }))).toEqual([
      "organizationId:governance.validation.notInNetwork",
    ]);
  });
});

describe("partnership agreement", () => {
  it("is published as numbered versions, mails the contact persons in Finnish and asks for acceptance per version", async () => {
    const region = "maakunta_18";
    const org = await anOrganization({ regionCodes: [region] });
    const silent = await anOrganization({ regionCodes: [region] });
    const { email } = await anAccount({ role: "contact_person", organizationId: org.id });
    const contact = userWith({ role: "contact_person", organizationId: org.id });

    for (const caller of [contact, lappiCoordinator()])
      expect(await failure(publishAgreement(caller, { regionCode: region, body: { fi: "Ei saa" } }))).toBeInstanceOf(PermissionDenied);
    expect(await issuesOf(publishAgreement(kainuuCoordinator(), { regionCode: region, body: { fi: " " }, expiresOn: "huomenna" }))).toEqual(
      expect.arrayContaining(["body.fi:validation.required", "expiresOn:dates.validation.date"]),
    );

    const first = await publishAgreement(kainuuCoordinator(), { regionCode: region, body: { fi: "Sopimus 1" }, expiresOn: "2030-12-31" });
    const mails = await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Kumppanuussopimuksen uusi versio ${first.version} odottaa organisaationne hyväksyntää`);
    expect(mails[0].body).toContain("/fi/work/agreement");

    await acceptAgreement(contact, org.id, first.id);
    expect(await failure(acceptAgreement(contact, silent.id, first.id))).toBeInstanceOf(PermissionDenied);
    expect(await failure(acceptAgreement(lappiCoordinator(), silent.id, first.id))).toBeInstanceOf(PermissionDenied);
    let overview = await acceptanceOverview(region, first.id);
    expect(overview.find((r) => r.organizationId === org.id)?.acceptedByName).toBe("Test User");
    expect(overview.find((r) => r.organizationId === org.id)?.onBehalf).toBe(false);
    expect(overview.find((r) => r.organizationId === silent.id)?.acceptedAt).toBeNull();
    // Those who have not accepted come first.
    expect(overview.findIndex((r) => r.organizationId === silent.id)).toBeLessThan(overview.findIndex((r) => r.organizationId === org.id));

    const second = await publishAgreement(kainuuCoordinator(), { regionCode: region, body: { fi: "Sopimus 2" } });
    expect(second.version).toBe(first.version + 1);
    expect(await db().select().from(outboxMessage).where(eq(outboxMessage.recipient, email))).toHaveLength(2);
    overview = await acceptanceOverview(region, second.id);
    expect(overview.find((r) => r.organizationId === org.id)?.acceptedAt).toBeNull();
    // The old version is kept with its acceptance, and can no longer be accepted.
    expect(await db().select().from(agreementVersion).where(eq(agreementVersion.id, first.id))).toHaveLength(1);
    expect(await issuesOf(acceptAgreement(contact, org.id, first.id))).toEqual(["versionId:agreement.validation.notCurrent"]);

    await acceptAgreement(kainuuCoordinator(), silent.id, second.id);
    const [onBehalf] = await db()
      .select()
      .from(agreementAcceptance)
      .where(and(eq(agreementAcceptance.versionId, second.id), eq(agreementAcceptance.organizationId, silent.id)));
    expect(onBehalf.onBehalf).toBe(true);
    expect((await auditOf(silent.id)).some((e) => e.action === "accept")).toBe(true);
  });
});
