import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { aContentPage, anOffering, aService, anOrganization, aPractitioner, aServicePoint, system, unique, userWith } from "../../tests/support/fixtures";
import { contentVersion } from "../content-pages/schema.server";
import { db } from "../kit/db/db.server";
import { deleteOffering } from "../offerings/commands/offering.server";
import { createGroup } from "../governance/commands/group.server";
import { addMember, removeMember } from "../governance/commands/membership.server";
import { addActionItem } from "../governance/meetings/commands/action-item.server";
import { proposeAgendaItem, saveAgenda } from "../governance/meetings/commands/agenda.server";
import { createMeeting } from "../governance/meetings/commands/meeting.server";
import { saveMinutes } from "../governance/meetings/commands/minutes.server";
import { deleteOrganization } from "../network-map/commands/organization.server";
import { deleteService } from "../network-map/commands/service.server";
import { PermissionDenied } from "../kit/validation/errors";
import { listAuditEvents } from "./queries.server";

const lappiCoordinator = userWith({ role: "coordinator", regionCode: "maakunta_19" });
const kainuuCoordinator = userWith({ role: "coordinator", regionCode: "maakunta_18" });
const admin = userWith({ role: "admin" });

const seen = async (who: typeof admin, entityType: string, entityId: string) =>
  (await listAuditEvents(who, { entityType, entityId })).rows.map((r) => r.action);

describe("the audit trail as each role may read it", () => {
  it("shows a coordinator the events of their network's organisations and what those own, and no other region's", async () => {
    const org = (await anOrganization({ regionCodes: ["maakunta_19"] })).id;
    const service = await aService(org);
    const point = await aServicePoint(org);
    const person = await aPractitioner(org);
    for (const [type, id] of [
      ["organization", org],
      ["service", service],
      ["service_point", point],
      ["practitioner", person],
    ]) {
      expect(await seen(lappiCoordinator, type, id), type).toEqual(["create"]);
      expect(await seen(admin, type, id), type).toEqual(["create"]);
      expect(await seen(kainuuCoordinator, type, id), type).toEqual([]);
    }
  });

  it("keeps deletions visible to the coordinators of the region", async () => {
    const org = (await anOrganization({ regionCodes: ["maakunta_19"] })).id;
    const service = await aService(org);
    await deleteService(system, service);
    expect(await seen(lappiCoordinator, "service", service)).toEqual(["delete", "create"]);
    await deleteOrganization(system, org);
    expect(await seen(lappiCoordinator, "organization", org)).toEqual(["delete", "create"]);
    expect(await seen(kainuuCoordinator, "organization", org)).toEqual([]);
  });

  it("shows a coordinator their region's content pages and offerings; national pages only to admins", async () => {
    const regional = await aContentPage({ regionCode: "maakunta_19" });
    const national = await aContentPage();
    const versionOf = async (pageId: string) =>
      (
        await db()
          .select({ id: contentVersion.id })
          .from(contentVersion)
          .where(and(eq(contentVersion.pageId, pageId), eq(contentVersion.language, "fi")))
      )[0].id;
    const regionalVersion = await versionOf(regional.id);
    expect(await seen(lappiCoordinator, "content_page", regional.id)).toEqual(["create"]);
    expect(await seen(lappiCoordinator, "content_version", regionalVersion)).toEqual(["create"]);
    expect(await seen(kainuuCoordinator, "content_page", regional.id)).toEqual([]);
    expect(await seen(kainuuCoordinator, "content_version", regionalVersion)).toEqual([]);
    expect(await seen(lappiCoordinator, "content_page", national.id)).toEqual([]);
    expect(await seen(lappiCoordinator, "content_version", await versionOf(national.id))).toEqual([]);
    expect(await seen(admin, "content_page", national.id)).toEqual(["create"]);

    const org = (await anOrganization({ regionCodes: ["maakunta_19"] })).id;
    const offering = await anOffering(org);
    expect(await seen(lappiCoordinator, "offering", offering)).toEqual(["create"]);
    expect(await seen(kainuuCoordinator, "offering", offering)).toEqual([]);
    // A deleted offering stays with the region of its organisation.
    await deleteOffering(system, offering);
    expect(await seen(lappiCoordinator, "offering", offering)).toEqual(["delete", "create"]);
    expect(await seen(kainuuCoordinator, "offering", offering)).toEqual([]);
  });

  it("shows a coordinator their region's workspace: groups, memberships, agreement, meetings with agenda and minutes, action items", async () => {
    const org = (await anOrganization({ regionCodes: ["maakunta_19"] })).id;
    const groupId = await createGroup(system, { regionCode: "maakunta_19", type: "cooperation", name: { fi: unique("Ryhmä ") }, description: {} });
    const membershipId = await addMember(system, groupId, { organizationId: org, position: "chair", startsOn: "2020-01-01" });
    const meetingId = await createMeeting(system, groupId, {
      theme: "Teema",
      date: "2024-05-02",
      startTime: "13:00",
      endTime: "15:00",
      place: "Rovaniemi",
      agendaDeadline: "2024-04-25",
    });
    const itemId = await proposeAgendaItem(system, meetingId, { title: "Kohta" });
    await saveAgenda(system, meetingId, { version: 2, items: [{ id: itemId, status: "accepted", position: 1 }] });
    const actionId = await addActionItem(system, itemId, { description: "Tee", owner: "Anna" });
    await saveMinutes(system, meetingId, { version: 1, text: "Pöytäkirja" });
    await removeMember(system, membershipId);
    for (const [type, id, actions] of [
      ["network_group", groupId, ["create"]],
      ["group_membership", membershipId, ["delete", "create"]],
      ["meeting", meetingId, ["create"]],
      ["meeting_agenda", meetingId, ["update"]],
      ["meeting_minutes", meetingId, ["update"]],
      ["agenda_item", itemId, ["create"]],
      ["action_item", actionId, ["create"]],
    ] as const) {
      expect(await seen(lappiCoordinator, type, id), type).toEqual(actions);
      expect(await seen(kainuuCoordinator, type, id), type).toEqual([]);
    }
  });

  it("is closed to contact persons and practitioners", async () => {
    await expect(listAuditEvents(userWith({ role: "contact_person", organizationId: "x" }))).rejects.toBeInstanceOf(PermissionDenied);
    await expect(listAuditEvents(userWith({ role: "practitioner", practitionerId: "x" }))).rejects.toBeInstanceOf(PermissionDenied);
  });

  it("pages newest first", async () => {
    const { rows, total } = await listAuditEvents(admin, { page: 1 });
    expect(total).toBeGreaterThanOrEqual(rows.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].at.getTime()).toBeGreaterThanOrEqual(rows[i].at.getTime());
  });
});
