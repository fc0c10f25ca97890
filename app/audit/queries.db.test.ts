import { describe, expect, it } from "vitest";
import { aService, anOrganization, aPractitioner, aServicePoint, system, unique, userWith } from "../../tests/support/fixtures";
import { createGroup } from "../governance/commands/group.server";
import { addMember, removeMember } from "../governance/commands/membership.server";
import { addActionItem } from "../governance/meetings/commands/action-item.server";
import { proposeAgendaItem, saveAgenda } from "../governance/meetings/commands/agenda.server";
import { createMeeting } from "../governance/meetings/commands/meeting.server";
import { saveMinutes } from "../governance/meetings/commands/minutes.server";
import { deleteOrganization } from "../network-map/commands/organization.server";
import { deleteService } from "../network-map/commands/service.server";
import { PermissionDenied } from "../foundation/validation/fields";
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

  it("shows a coordinator their region's workspace: groups, memberships, agreement, meetings with agenda and minutes, action items", async () => {
    const org = (await anOrganization({ regionCodes: ["maakunta_19"] })).id;
    const groupId = await createGroup(system, { regionCode: "maakunta_19", type: "cooperation", name: { fi: unique("Ryhmä ") }, description: {} });
    const membershipId = await addMember(system, groupId, { organizationId: org, position: "chair", startsOn: "2020-01-01" });
    const meetingId = await createMeeting(system, groupId, { theme: "Teema", date: "2024-05-02", startTime: "13:00", endTime: "15:00", place: "Rovaniemi", agendaDeadline: "2024-04-25" });
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
