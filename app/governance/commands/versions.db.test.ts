import { describe, it } from "vitest";
import { aGroupWithOfficers, system, unique } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import type { GroupInput, MembershipInput } from "../inputs";
import { getGroup, groupMemberships } from "../queries.server";
import { createGroup, updateGroup } from "./group.server";
import { updateMember } from "./membership.server";

async function loadGroup(id: string) {
  const { group } = (await getGroup(id))!;
  const values: GroupInput = {
    regionCode: group.regionCode,
    type: group.type as GroupInput["type"],
    name: group.name,
    description: group.description,
    parentId: group.parentId ?? undefined,
    municipalityCodes: group.municipalityCodes,
    endsOn: group.endsOn ?? undefined,
  };
  return { version: group.version, values };
}

describe("a group's edit names the version it was loaded with", () => {
  it("refuses a second save from the same loaded form and keeps the first", async () => {
    const id = await createGroup(system, { regionCode: "maakunta_19", type: "working", name: { fi: unique("Työryhmä ") }, description: {} });
    await expectVersionGuard({
      load: () => loadGroup(id),
      save: (values) => updateGroup(system, id, values),
      edit: (values, mark) => ({ ...values, name: { ...values.name, fi: mark } }),
      stored: async () => (await loadGroup(id)).values.name.fi,
    });
  });
});

async function loadMembership(groupId: string, id: string) {
  const m = (await groupMemberships(groupId)).find((row) => row.id === id)!;
  const values: MembershipInput = {
    organizationId: m.organizationId,
    practitionerId: m.practitionerId ?? undefined,
    position: m.position as MembershipInput["position"],
    startsOn: m.startsOn,
    endsOn: m.endsOn ?? undefined,
  };
  return { version: m.version, values };
}

// A membership has no free text: each save's mark is told apart by the end date it sets.
const endDates: Record<string, string> = { "first save": "2030-01-31", "stale save": "2030-02-28", import: "2030-03-31", "stale again": "2030-04-30" };

describe("a membership's edit names the version it was loaded with", () => {
  it("refuses a second save from the same loaded form and keeps the first", async () => {
    const g = await aGroupWithOfficers();
    await expectVersionGuard({
      load: () => loadMembership(g.groupId, g.memberId),
      save: (values) => updateMember(system, g.memberId, values),
      edit: (values, mark) => ({ ...values, endsOn: endDates[mark] }),
      stored: async () => {
        const { endsOn } = (await loadMembership(g.groupId, g.memberId)).values;
        return Object.keys(endDates).find((mark) => endDates[mark] === endsOn);
      },
    });
  });
});
