import { describe, it } from "vitest";
import { anOffering, anOrganization, system } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import { loadOffering } from "../work/queries.server";
import { updateOffering } from "./offering.server";

describe("an offering's edit names the version it was loaded with", () => {
  it("refuses a second save from the same loaded form and keeps the first", async () => {
    const org = await anOrganization();
    const id = await anOffering(org.id);
    await expectVersionGuard({
      load: async () => (await loadOffering(id))!,
      save: (values) => updateOffering(system, id, values),
      edit: (values, mark) => ({ ...values, name: { ...values.name, fi: mark } }),
      stored: async () => (await loadOffering(id))!.values.name.fi,
      savedBy: system.name,
    });
  });
});
