import { describe, it } from "vitest";
import { system, unique } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import type { GroupInput } from "../inputs";
import { getGroup } from "../queries.server";
import { createGroup, updateGroup } from "./group.server";

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
