import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aPractitioner, aService, aServicePoint, anOrganization, unique } from "../../tests/support/fixtures";
import { db } from "../kit/db/db.server";
import { HsdsError, parseListParams } from "./params";
import { locatePostcode, organizationPage, serviceAtLocationPage, servicePage, serviceRelations } from "./queries.server";
import { termId } from "./taxonomies";

const params = (query: string) => parseListParams(new URLSearchParams(query));
const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe("HSDS queries", () => {
  it("filter services by Finnish search, term, organisation and modification time", async () => {
    const marker = unique("q");
    const org = await anOrganization();
    const adult = await aService(org.id, { name: { fi: `Aikuiskoulutus ${marker}` }, targetGroups: ["immigrants"] });
    const career = await aService(org.id, { name: { fi: `Urasuunnittelu ${marker}` }, targetGroups: ["career_changers"] });

    expect(ids(await servicePage(params(`search=aikuiskoulutukseen ${marker}`)))).toEqual([adult]);
    expect(ids(await servicePage(params(`organization_id=${org.id}`)))).toEqual([adult, career]);
    expect(ids(await servicePage(params(`organization_id=${org.id}&taxonomy_term_id=${termId("target_group", "career_changers")}`)))).toEqual([career]);

    await db().execute(sql`update service set updated_at = '2021-06-01T00:00:00Z' where id = ${adult}`);
    expect(ids(await servicePage(params(`organization_id=${org.id}&modified_after=2022-01-01`)))).toEqual([career]);

    const orgs = await organizationPage(params(`search=${encodeURIComponent(org.name)}&taxonomy_term_id=${termId("organization_type", "vocational_college")}`));
    expect(ids(orgs)).toEqual([org.id]);
  });

  it("page in SQL and count all matches", async () => {
    const org = await anOrganization();
    for (let i = 0; i < 3; i++) await aService(org.id);
    const second = await servicePage(params(`organization_id=${org.id}&per_page=2&page=2`));
    expect(second.total).toBe(3);
    expect(second.rows).toHaveLength(1);
  });

  it("load a page's related rows for every service of the page", async () => {
    const org = await anOrganization();
    const point = await aServicePoint(org.id);
    const a = await aService(org.id, { servicePointIds: [point], areaMunicipalities: ["kunta_698"] });
    const b = await aService(org.id, { channels: [{ channel: "chat", contact: "https://chat.example.fi", hours: {} }] });
    await aPractitioner(org.id, { serviceIds: [a, b] });
    const page = await servicePage(params(`organization_id=${org.id}`));
    const related = await serviceRelations(page.rows);
    expect(related.get(a)?.locations.map((l) => l.point.id)).toEqual([point]);
    expect(related.get(a)?.municipalities.get("kunta_698")?.nameFi).toBe("Rovaniemi");
    expect(related.get(b)?.channels.map((c) => c.channel)).toEqual(["chat"]);
    expect(related.get(a)?.practitioners).toHaveLength(1);
    expect(related.get(b)?.organization?.id).toBe(org.id);

    const locations = await serviceAtLocationPage(params(`organization_id=${org.id}`));
    expect(locations.rows.map((r) => [r.service.id, r.point.id, r.point.regionFi])).toEqual([[a, point, "Lappi"]]);
  });

  it("locate a postcode from service points and reject unknown ones", async () => {
    await aServicePoint((await anOrganization()).id, { postalCode: "96100", latitude: 66.5, longitude: 25.73 });
    const place = await locatePostcode("96100");
    expect(place.municipalityCode).toBe("kunta_698");
    expect(place.latitude).toBeGreaterThan(59);
    await expect(locatePostcode("00000")).rejects.toThrow(HsdsError);
  });
});
