import { describe, it } from "vitest";
import { anOrganization, aPractitioner, aService, aServicePoint, system, userWith } from "../../../tests/support/fixtures";
import { expectVersionGuard } from "../../../tests/support/version-guard";
import { loadOrganization, loadPractitioner, loadService, loadServicePoint } from "../work/queries.server";
import { updateOrganization } from "./organization.server";
import { updatePractitioner } from "./practitioner.server";
import { updateService } from "./service.server";
import { updateServicePoint } from "./service-point.server";

/** A loader's answer, which exists in these tests. */
const found = async <T>(loaded: Promise<T | null>) => (await loaded)!;

describe("network map edits name the version they were loaded with", () => {
  it("organisation", async () => {
    const { id } = await anOrganization({ regionCodes: ["maakunta_19"] });
    const coordinator = { ...userWith({ role: "coordinator", regionCode: "maakunta_19" }), name: "Kaisa Koordinaattori" };
    await expectVersionGuard({
      load: () => found(loadOrganization(id)),
      save: (values) => updateOrganization(coordinator, id, values),
      edit: (values, mark) => ({ ...values, name: { ...values.name, fi: mark } }),
      stored: async () => (await found(loadOrganization(id))).values.name.fi,
      savedBy: "Kaisa Koordinaattori",
    });
  });

  it("service point", async () => {
    const org = await anOrganization();
    const id = await aServicePoint(org.id);
    await expectVersionGuard({
      load: () => found(loadServicePoint(id)),
      save: (values) => updateServicePoint(system, id, values),
      edit: (values, mark) => ({ ...values, streetAddress: mark }),
      stored: async () => (await found(loadServicePoint(id))).values.streetAddress,
    });
  });

  it("service", async () => {
    const org = await anOrganization();
    const id = await aService(org.id);
    await expectVersionGuard({
      load: () => found(loadService(id)),
      save: (values) => updateService(system, id, values),
      edit: (values, mark) => ({ ...values, name: { ...values.name, fi: mark } }),
      stored: async () => (await found(loadService(id))).values.name.fi,
    });
  });

  it("practitioner", async () => {
    const org = await anOrganization();
    const id = await aPractitioner(org.id);
    await expectVersionGuard({
      load: () => found(loadPractitioner(id)),
      save: (values) => updatePractitioner(system, id, values),
      edit: (values, mark) => ({ ...values, familyName: mark }),
      stored: async () => (await found(loadPractitioner(id))).values.familyName,
    });
  });
});
