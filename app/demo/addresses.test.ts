import { describe, expect, it } from "vitest";
import centroids from "../network-map/geodata/postcode-centroids.json";
import { contains, shapeOf } from "../network-map/map/shapes.server";
import { readReferenceData } from "../reference/load-reference-data.server";
import { demoAddresses } from "./addresses";
import { demoOrganizations } from "./organizations";

const reference = readReferenceData();
const municipalityOfPostalCode = new Map(reference.postalCodes.map((p) => [p.code, p.municipalityCode]));
const regionOfMunicipality = new Map(reference.municipalities.map((m) => [m.code, m.regionCode]));

describe("demo addresses", () => {
  it("give every organisation's home municipality one address, and nothing else", () => {
    for (const org of demoOrganizations) expect(Object.keys(demoAddresses[org.key] ?? {}).sort(), org.key).toEqual([...org.home].sort());
    expect(Object.keys(demoAddresses).sort()).toEqual(demoOrganizations.map((o) => o.key).sort());
  });

  it("have postal codes of their own municipality, in the organisation's regions", () => {
    for (const org of demoOrganizations)
      for (const [municipality, address] of Object.entries(demoAddresses[org.key])) {
        expect(municipalityOfPostalCode.get(address.postalCode), `${org.key} ${address.street}`).toBe(municipality);
        expect(org.regions, org.key).toContain(regionOfMunicipality.get(municipality));
      }
  });

  it("are streets, not placeholders, and say why when they are not confirmed", () => {
    for (const [key, places] of Object.entries(demoAddresses))
      for (const address of Object.values(places)) {
        expect(address.street, key).toMatch(/^\p{Lu}\p{L}+/u);
        if (address.basis === "uncertain") expect(address.note, key).toBeTruthy();
      }
  });

  it("have coordinates inside their municipality, near their postcode area's centre", () => {
    const centroidOf: Record<string, number[]> = centroids;
    const rad = Math.PI / 180;
    for (const [key, places] of Object.entries(demoAddresses))
      for (const [municipality, address] of Object.entries(places)) {
        const point = { latitude: address.lat, longitude: address.lon };
        expect(contains(shapeOf(municipality)!, point), `${key} ${address.street}`).toBe(true);
        const [lat, lon] = centroidOf[address.postalCode];
        const km = 111.2 * Math.hypot(address.lat - lat, (address.lon - lon) * Math.cos(lat * rad));
        // Rural postcode areas are wide (Sodankylä's 99600 reaches 48 km from its centre).
        expect(km, `${key} ${address.street}`).toBeLessThan(50);
      }
  });
});
