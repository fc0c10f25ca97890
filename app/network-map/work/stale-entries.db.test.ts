import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { anOrganization, aPractitioner, aService, aServicePoint } from "../../../tests/support/fixtures";
import { db } from "../../kit/db/db.server";
import { organization, practitioner, service, servicePoint } from "../schema.server";
import { findStaleEntries } from "./stale-entries.server";

const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

describe("stale entries", () => {
  it("lists a region's entries not verified for 12 months, oldest first, and nothing fresher or elsewhere", async () => {
    const lapland = await anOrganization({ regionCodes: ["maakunta_19"] });
    const pointId = await aServicePoint(lapland.id);
    const serviceId = await aService(lapland.id);
    const practitionerId = await aPractitioner(lapland.id);
    const freshServiceId = await aService(lapland.id);
    const elsewhere = await anOrganization({ regionCodes: ["maakunta_18"] });
    const elsewhereServiceId = await aService(elsewhere.id);

    await db()
      .update(organization)
      .set({ lastVerifiedAt: daysAgo(400) })
      .where(inArray(organization.id, [lapland.id, elsewhere.id]));
    await db()
      .update(servicePoint)
      .set({ lastVerifiedAt: daysAgo(730) })
      .where(inArray(servicePoint.id, [pointId]));
    await db()
      .update(service)
      .set({ lastVerifiedAt: daysAgo(430) })
      .where(inArray(service.id, [serviceId, elsewhereServiceId]));
    await db()
      .update(service)
      .set({ lastVerifiedAt: daysAgo(335) })
      .where(inArray(service.id, [freshServiceId]));
    await db()
      .update(practitioner)
      .set({ lastVerifiedAt: daysAgo(380) })
      .where(inArray(practitioner.id, [practitionerId]));

    const mine = (entries: Awaited<ReturnType<typeof findStaleEntries>>, ids: string[]) => entries.filter((e) => ids.includes(e.organizationId));
    const inLapland = mine(await findStaleEntries({ regionCodes: ["maakunta_19"] }), [lapland.id, elsewhere.id]);
    expect(inLapland.map((e) => [e.kind, e.id])).toEqual([
      ["service_point", pointId],
      ["service", serviceId],
      ["organization", lapland.id],
      ["practitioner", practitionerId],
    ]);
    expect(inLapland[0].organizationName.fi).toBe(lapland.name);
    expect(inLapland[3].name.fi).toMatch(/^Testi Ohjaaja/);

    const inKainuu = mine(await findStaleEntries({ regionCodes: ["maakunta_18"] }), [lapland.id, elsewhere.id]);
    expect(inKainuu.map((e) => e.id).sort()).toEqual([elsewhere.id, elsewhereServiceId].sort());

    const everywhere = mine(await findStaleEntries({ regionCodes: "all" }), [lapland.id, elsewhere.id]);
    expect(everywhere).toHaveLength(6);
    expect(await findStaleEntries({ regionCodes: [] })).toEqual([]);
  });

  it("forgets an entry once it is verified again", async () => {
    const org = await anOrganization();
    await db()
      .update(organization)
      .set({ lastVerifiedAt: daysAgo(400) })
      .where(inArray(organization.id, [org.id]));
    expect((await findStaleEntries({ regionCodes: ["maakunta_19"] })).some((e) => e.id === org.id)).toBe(true);
    await db()
      .update(organization)
      .set({ lastVerifiedAt: new Date() })
      .where(inArray(organization.id, [org.id]));
    expect((await findStaleEntries({ regionCodes: ["maakunta_19"] })).some((e) => e.id === org.id)).toBe(false);
  });
});
