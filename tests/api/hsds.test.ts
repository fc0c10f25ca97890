import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/kit/db/db.server";
import { termId, taxonomyId } from "../../app/hsds/taxonomies";
import { aPractitioner, aService, aServicePoint, anOrganization, unique } from "../support/fixtures";
import { appUrl } from "../support/browser";
import { expectValid, expectValidPage } from "./hsds-schemas";
import { madeUpTypo } from "../support/made-up-typo";

const api = (path: string, init?: RequestInit) => fetch(appUrl(`/api/hsds${path}`), init);

async function json(path: string, status = 200) {
  const response = await api(path);
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return body;
}

const ids = (page: { contents: { id: string }[] }) => page.contents.map((c) => c.id);

/** One organisation with everything the mapping covers: a sub-organisation, a service point, channels, people. */
let world: {
  marker: string;
  parentId: string;
  orgId: string;
  pointId: string;
  serviceId: string;
  hiddenEmail: string;
  hiddenPhone: string;
  publicEmail: string;
};

beforeAll(async () => {
  const marker = unique("hsds");
  const parent = await anOrganization({ name: { fi: `Emo-opisto ${marker}` } });
  const org = await anOrganization({
    name: { fi: `Ohjausopisto ${marker}`, sv: `Vägledningsinstitutet ${marker}` },
    description: { fi: "Aikuisten ohjausta", sv: "Vägledning för vuxna" },
    businessId: "1905652-2",
    website: "https://opisto.example.fi/",
    email: "info@opisto.example.fi",
    phone: "+358 8 123 4567",
    parentId: parent.id,
  });
  const pointId = await aServicePoint(org.id, {
    name: { fi: `Ohjauspiste ${marker}` },
    openingHours: [
      { day: "mo", opens: "09:00", closes: "16:00" },
      { day: "tu", opens: "09:00", closes: "16:00" },
      { day: "fr", opens: "10:00", closes: "14:00" },
    ],
    accessibility: { fi: "Esteetön sisäänkäynti" },
  });
  const serviceId = await aService(org.id, {
    name: { fi: `Aikuiskoulutus ${marker}`, sv: `Vuxenutbildning ${marker}` },
    description: { fi: "Ohjausta aikuisille" },
    targetGroups: ["career_changers", "immigrants"],
    topics: ["choosing_education"],
    languages: ["fi", "sv"],
    areaMunicipalities: ["kunta_698", "kunta_320"],
    website: "https://opisto.example.fi/ohjaus",
    email: "ohjaus@opisto.example.fi",
    channels: [
      { channel: "phone", contact: "+358 40 111 2222", hours: { fi: "ma–pe 9–15" } },
      { channel: "email", contact: "neuvonta@opisto.example.fi", hours: {} },
      { channel: "chat", contact: "https://opisto.example.fi/chat", hours: {} },
      { channel: "in_person", servicePointId: pointId, hours: {} },
    ],
    servicePointIds: [pointId],
  });
  const hiddenEmail = `${unique("hidden")}@example.fi`;
  const hiddenPhone = "+358 40 987 6543";
  const publicEmail = `${unique("public")}@example.fi`;
  await aPractitioner(org.id, {
    givenName: "Salli",
    familyName: `Salainen ${marker}`,
    email: hiddenEmail,
    phone: hiddenPhone,
    title: { fi: "Verkoston sisäinen titteli" },
    visibility: { email: "network", phone: "network", title: "network" },
    serviceIds: [serviceId],
    isContactPerson: true,
  });
  await aPractitioner(org.id, {
    givenName: "Julia",
    familyName: `Julkinen ${marker}`,
    email: publicEmail,
    title: { fi: "Opinto-ohjaaja" },
    serviceIds: [serviceId],
  });
  world = { marker, parentId: parent.id, orgId: org.id, pointId, serviceId, hiddenEmail, hiddenPhone, publicEmail };
});

describe("HSDS API responses validate against the HSDS 3.1 schemas", () => {
  it("answers / with the API information", async () => {
    const info = await json("/");
    expect(info.version).toBe("3.1");
    expect(info.openapi_url).toMatch(/\/api\/openapi\.json$/);
    expect(info.links.services).toMatch(/\/api\/hsds\/services$/);
  });

  it("lists services and returns one fully nested service", async () => {
    const page = await json(`/services?search=${world.marker}`);
    expectValidPage(page, ["service.json", "compiled/service_list.json"]);
    expect(ids(page)).toEqual([world.serviceId]);

    const service = await json(`/services/${world.serviceId}`);
    expectValid("service.json", service);
    expectValid("compiled/service.json", service);
    expect(service).toMatchObject({
      id: world.serviceId,
      organization_id: world.orgId,
      name: `Aikuiskoulutus ${world.marker}`,
      status: "active",
      url: "https://opisto.example.fi/ohjaus",
      email: "ohjaus@opisto.example.fi",
      organization: { id: world.orgId },
    });
    expect(service.phones).toEqual([expect.objectContaining({ number: "+358 40 111 2222", description: "ma–pe 9–15" })]);
    expect(service.additional_urls).toEqual([expect.objectContaining({ url: "https://opisto.example.fi/chat" })]);
    expect(service.contacts.map((c: any) => c.email)).toContain("neuvonta@opisto.example.fi");
    expect(service.languages.map((l: any) => l.code)).toEqual(["fi", "sv"]);
    expect(service.service_areas.map((a: any) => a.extent).sort()).toEqual(["kunta_320", "kunta_698"]);
    const terms = service.attributes.map((a: any) => a.taxonomy_term_id);
    expect(terms).toContain(termId("target_group", "immigrants"));
    expect(terms).toContain(termId("channel", "chat"));
    expect(terms).toContain(termId("topic", "choosing_education"));

    const [sal] = service.service_at_locations;
    expect(sal.location).toMatchObject({ id: world.pointId, latitude: 66.5, longitude: 25.73 });
    expect(sal.location.addresses[0]).toMatchObject({ address_1: "Koulukatu 1", postal_code: "96100", country: "FI", state_province: "Lappi" });
    expect(sal.schedules.map((s: any) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual([
      ["WEEKLY", "MO,TU", "09:00", "16:00"],
      ["WEEKLY", "FR", "10:00", "14:00"],
    ]);
  });

  it("gives multilingual fields in the asked language, falling back to Finnish", async () => {
    const sv = await json(`/services/${world.serviceId}?lang=sv`);
    expect(sv.name).toBe(`Vuxenutbildning ${world.marker}`);
    expect(sv.description).toBe("Ohjausta aikuisille");
    expect(sv.languages.map((l: any) => l.name)).toEqual(["finska", "svenska"]);
    const en = await json(`/services/${world.serviceId}?lang=en`);
    expect(en.name).toBe(`Aikuiskoulutus ${world.marker}`);
  });

  it("lists organisations and returns one with identifiers, locations and contact persons", async () => {
    const page = await json(`/organizations?search=${world.marker}`);
    expectValidPage(page, ["organization.json", "compiled/organization_list.json"]);
    expect(ids(page).sort()).toEqual([world.orgId, world.parentId].sort());

    const org = await json(`/organizations/${world.orgId}`);
    expectValid("organization.json", org);
    expectValid("compiled/organization.json", org);
    expect(org).toMatchObject({ name: `Ohjausopisto ${world.marker}`, parent_organization_id: world.parentId, website: "https://opisto.example.fi/" });
    expect(org.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: "FI-PRO", identifier: "1905652-2" })]);
    expect(org.locations.map((l: any) => l.id)).toEqual([world.pointId]);
    expect(org.contacts.map((c: any) => c.name)).toEqual([`Salli Salainen ${world.marker}`]);
  });

  it("lists services at locations and returns one", async () => {
    const page = await json(`/service_at_locations?organization_id=${world.orgId}`);
    expectValidPage(page, ["service_at_location.json", "compiled/service_at_location_list.json"]);
    expect(page.contents).toHaveLength(1);
    const [item] = page.contents;
    expect(item).toMatchObject({ service_id: world.serviceId, location_id: world.pointId, service: { id: world.serviceId } });

    const sal = await json(`/service_at_locations/${item.id}`);
    expectValid("service_at_location.json", sal);
    expectValid("compiled/service_at_location.json", sal);
    expect(sal.location.name).toBe(`Ohjauspiste ${world.marker}`);
  });

  it("lists taxonomies and taxonomy terms with stable ids", async () => {
    const taxonomies = await json("/taxonomies?per_page=100");
    expectValidPage(taxonomies, ["taxonomy.json"]);
    expect(ids(taxonomies)).toContain(taxonomyId("target_group"));

    const terms = await json(`/taxonomy_terms?per_page=100&taxonomy_id=${taxonomyId("channel")}&lang=sv`);
    expectValidPage(terms, ["taxonomy_term.json"]);
    expect(terms.contents.map((t: any) => t.code)).toEqual([
      "in_person",
      "phone",
      "chat",
      "video",
      "email",
      "web",
      "mobile_service_point",
      "group",
      "outreach",
    ]);
    expect(terms.contents.find((t: any) => t.code === "phone").name).toBe("Telefon");

    const term = await json(`/taxonomy_terms/${termId("topic", "career_planning")}`);
    expectValid("taxonomy_term.json", term);
    expect(term.code).toBe("career_planning");
    const taxonomy = await json(`/taxonomies/${taxonomyId("topic")}`);
    expectValid("taxonomy.json", taxonomy);

    const found = await json(`/taxonomy_terms?search=maahanmuuttajat`);
    expect(found.contents.map((t: any) => t.code)).toEqual(["immigrants"]);
  });
});

describe("HSDS API filters", () => {
  it("search finds a service by an inflected Finnish word", async () => {
    const page = await json(`/services?search=${encodeURIComponent(`aikuiskoulutukseen ${world.marker}`)}`);
    expect(ids(page)).toEqual([world.serviceId]);
    const none = await json(`/services?search=${encodeURIComponent(`metsänhoito ${world.marker}`)}`);
    expect(none).toMatchObject({ total_items: 0, empty: true, contents: [] });
    expect(none).not.toHaveProperty("suggestion");
  });

  it("search that finds nothing suggests the corrected words, only when they find services", async () => {
    const { word, typo } = madeUpTypo();
    const org = await anOrganization();
    const found = await aService(org.id, { name: { fi: `Neuvonta ${word}` } });
    const misspelt = await json(`/services?search=${encodeURIComponent(`neuvonta ${typo}`)}`);
    expectValidPage(misspelt, []);
    expect(misspelt).toMatchObject({ total_items: 0, suggestion: `neuvonta ${word}` });
    expect(ids(await json(`/services?search=${encodeURIComponent(misspelt.suggestion)}`))).toEqual([found]);
    // Under a filter the corrected words do not pass, or with results, there is nothing to suggest.
    const otherOrg = await anOrganization();
    expect(await json(`/services?search=${typo}&organization_id=${otherOrg.id}`)).not.toHaveProperty("suggestion");
    expect(await json(`/services?search=${word}`)).not.toHaveProperty("suggestion");
  });

  it("filters by taxonomy term and organisation", async () => {
    const org = await anOrganization();
    const immigrants = await aService(org.id, { targetGroups: ["immigrants"] });
    const entrepreneurs = await aService(org.id, {
      targetGroups: ["entrepreneurs"],
      channels: [{ channel: "video", contact: "https://meet.example.fi/x", hours: {} }],
    });

    const all = await json(`/services?organization_id=${org.id}`);
    expect(ids(all).sort()).toEqual([immigrants, entrepreneurs].sort());
    const byGroup = await json(`/services?organization_id=${org.id}&taxonomy_term_id=${termId("target_group", "immigrants")}`);
    expect(ids(byGroup)).toEqual([immigrants]);
    const byChannel = await json(`/services?organization_id=${org.id}&taxonomy_term_id=${termId("channel", "video")}`);
    expect(ids(byChannel)).toEqual([entrepreneurs]);

    const orgs = await json(`/organizations?search=${encodeURIComponent(org.name)}&taxonomy_term_id=${termId("target_group", "entrepreneurs")}`);
    expect(ids(orgs)).toEqual([org.id]);
    const noOrgs = await json(`/organizations?search=${encodeURIComponent(org.name)}&taxonomy_term_id=${termId("target_group", "rehabilitees")}`);
    expect(ids(noOrgs)).toEqual([]);
  });

  it("filters by modified_after", async () => {
    const org = await anOrganization();
    const old = await aService(org.id);
    const fresh = await aService(org.id);
    await db().execute(sql`update service set updated_at = '2020-01-01T00:00:00Z' where id = ${old}`);
    const recent = await json(`/services?organization_id=${org.id}&modified_after=2024-06-01T00:00:00Z`);
    expect(ids(recent)).toEqual([fresh]);
    const since2019 = await json(`/services?organization_id=${org.id}&modified_after=2019-12-31`);
    expect(ids(since2019).sort()).toEqual([old, fresh].sort());
  });

  it("pages in the HSDS envelope", async () => {
    const org = await anOrganization();
    for (let i = 0; i < 3; i++) await aService(org.id);
    const first = await json(`/services?organization_id=${org.id}&per_page=2`);
    expect(first).toMatchObject({ total_items: 3, total_pages: 2, page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    const second = await json(`/services?organization_id=${org.id}&per_page=2&page=2`);
    expect(second).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(3);
  });

  it("filters by postcode and proximity in metres", async () => {
    // A municipality without other tests' service points, so its mean coordinates are ours.
    // Municipalities without other tests' service points, so the mean coordinates are ours alone.
    const { rows } = await db().execute<{ municipality: string; code: string; other: string }>(sql`
      select pc.municipality_code as municipality, min(pc.code) as code, max(pc.code) as other
      from postal_code pc join municipality m on m.code = pc.municipality_code
      where m.region_code = 'maakunta_02'
        and not exists (select 1 from service_point sp where sp.municipality_code = pc.municipality_code)
      group by pc.municipality_code having count(*) >= 2
      order by pc.municipality_code limit 2`);
    const [{ code, other }, elsewhere] = rows;
    expect(code).not.toBe(other);
    const org = await anOrganization();
    const here = await aServicePoint(org.id, { postalCode: code, latitude: 60.45, longitude: 22.27 });
    // About 5.6 km north, and about 110 km north, both in another postcode.
    const near = await aServicePoint(org.id, { postalCode: elsewhere.code, latitude: 60.5, longitude: 22.27 });
    const far = await aServicePoint(org.id, { postalCode: elsewhere.code, latitude: 61.44, longitude: 22.27 });
    const atHere = await aService(org.id, { servicePointIds: [here] });
    const atNear = await aService(org.id, { servicePointIds: [near] });
    const atFar = await aService(org.id, { servicePointIds: [far] });

    const within10km = await json(`/services?organization_id=${org.id}&postcode=${code}&proximity=10000`);
    expect(ids(within10km).sort()).toEqual([atHere, atNear].sort());
    const within1km = await json(`/services?organization_id=${org.id}&postcode=${code}&proximity=1000`);
    expect(ids(within1km)).toEqual([atHere]);
    const within200km = await json(`/services?organization_id=${org.id}&postcode=${code}&proximity=200000`);
    expect(ids(within200km).sort()).toEqual([atHere, atNear, atFar].sort());
    // A postcode without service points is located by its municipality's service points.
    const fromMunicipality = await json(`/services?organization_id=${org.id}&postcode=${other}&proximity=1000`);
    expect(ids(fromMunicipality)).toEqual([atHere]);
    const locations = await json(`/service_at_locations?organization_id=${org.id}&postcode=${code}&proximity=10000`);
    expect(locations.contents.map((c: any) => c.location_id).sort()).toEqual([here, near].sort());
    // Without proximity: services in the postcode's municipality.
    const inMunicipality = await json(`/services?organization_id=${org.id}&postcode=${other}`);
    expect(ids(inMunicipality)).toEqual([atHere]);

    await json(`/services?postcode=00000&proximity=1000`, 400);
  });
});

describe("HSDS API privacy", () => {
  it("never shows a practitioner's network-only fields", async () => {
    const responses = await Promise.all([
      api(`/services/${world.serviceId}`).then((r) => r.text()),
      api(`/services?search=${world.marker}`).then((r) => r.text()),
      api(`/organizations/${world.orgId}`).then((r) => r.text()),
      api(`/service_at_locations?organization_id=${world.orgId}`).then((r) => r.text()),
    ]);
    for (const text of responses) {
      expect(text).not.toContain(world.hiddenEmail);
      expect(text).not.toContain(world.hiddenPhone);
      expect(text).not.toContain("Verkoston sisäinen titteli");
    }
    const service = JSON.parse(responses[0]);
    const people = service.contacts.filter((c: any) => c.name?.includes(world.marker));
    expect(people).toEqual([
      expect.objectContaining({ name: `Julia Julkinen ${world.marker}`, email: world.publicEmail, title: "Opinto-ohjaaja" }),
      { id: expect.any(String), service_id: world.serviceId, name: `Salli Salainen ${world.marker}`, phones: [] },
    ]);
  });
});

describe("HSDS API errors and CORS", () => {
  it.each([
    ["/services/not-a-uuid", 400],
    ["/services?page=abc", 400],
    ["/services?page=0", 400],
    ["/services?per_page=100000", 400],
    ["/services?modified_after=garbage", 400],
    ["/services?modified_after=2024-13-01", 400],
    ["/services?taxonomy_term_id=8d3c2f6e-3f55-4c1d-9a55-0b5f2f1c9d11", 400],
    ["/services?taxonomy_term_id=nope", 400],
    ["/services?organization_id=123", 400],
    ["/services?proximity=1000", 400],
    ["/services?postcode=abc", 400],
    ["/services?postcode=96100&proximity=-5", 400],
    ["/services?lang=de", 400],
    ["/organizations?format=xml", 400],
    ["/taxonomy_terms?taxonomy_id=8d3c2f6e-3f55-4c1d-9a55-0b5f2f1c9d11", 400],
    ["/services/8d3c2f6e-3f55-4c1d-9a55-0b5f2f1c9d11", 404],
    ["/organizations/8d3c2f6e-3f55-4c1d-9a55-0b5f2f1c9d11", 404],
    ["/service_at_locations/8d3c2f6e-3f55-4c1d-9a55-0b5f2f1c9d11", 404],
    ["/taxonomy_terms/8d3c2f6e-3f55-4c1d-9a55-0b5f2f1c9d11", 404],
    ["/no_such_thing", 404],
  ])("answers %s with %i and a JSON error message", async (path, status) => {
    const body = await json(path, status);
    expect(typeof body.error).toBe("string");
    expect(body.error.length).toBeGreaterThan(5);
  });

  it("answers errors in the asked language", async () => {
    const body = await json("/services?per_page=100000&lang=en", 400);
    expect(body.error).toBe("The parameter per_page must be an integer from 1 to 100.");
  });

  it("answers preflight requests and refuses writes", async () => {
    const preflight = await api("/services", { method: "OPTIONS", headers: { origin: "https://example.org", "access-control-request-method": "GET" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
    const post = await api("/services", { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(post.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 JSON describing the HSDS endpoints", async () => {
    const response = await fetch(appUrl("/api/openapi.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const doc = JSON.parse(await response.text());
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/",
        "/services",
        "/services/{id}",
        "/organizations",
        "/organizations/{id}",
        "/service_at_locations",
        "/service_at_locations/{id}",
        "/taxonomies",
        "/taxonomy_terms",
      ]),
    );
    expect(doc.components.parameters.proximity.description).toContain("metres");
    const preflight = await fetch(appUrl("/api/openapi.json"), { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  });
});
