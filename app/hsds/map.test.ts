import { describe, expect, it } from "vitest";
import { translator } from "../kit/i18n/catalogue";
import { hsdsContact, hsdsOrganization, hsdsSchedules, hsdsService, validEmail, validUrl, type PractitionerRow, type ServiceRow } from "./map";
import { termId } from "./taxonomies";

const ctx = { lang: "fi" as const, t: translator("fi") };

const person = (overrides: Partial<PractitionerRow> = {}): PractitionerRow => ({
  id: "6f1d3a52-3c7e-4b8a-9d0e-1f2a3b4c5d6e",
  organizationId: "7a2e4b63-4d8f-4c9b-8e1f-2a3b4c5d6e7f",
  givenName: "Maija",
  familyName: "Meikäläinen",
  title: { fi: "Opinto-ohjaaja", sv: "Studiehandledare" },
  email: "maija@example.fi",
  phone: "+358 40 123 4567",
  visibility: {},
  ...overrides,
});

const aService = (overrides: Partial<ServiceRow> = {}): ServiceRow => ({
  id: "8b3f5c74-5e9a-4dac-9f2a-3b4c5d6e7f80",
  organizationId: "7a2e4b63-4d8f-4c9b-8e1f-2a3b4c5d6e7f",
  name: { fi: "Uraohjaus" },
  description: {},
  targetGroups: ["career_changers"],
  topics: [],
  languages: ["fi"],
  areaMunicipalities: [],
  cost: "free",
  costDescription: {},
  status: "active",
  website: null,
  email: null,
  updatedAt: new Date("2025-05-01T10:00:00Z"),
  lastVerifiedAt: new Date("2025-04-01T10:00:00Z"),
  ...overrides,
});

describe("HSDS mapping", () => {
  it("groups opening hours into weekly schedules by period, Monday first", () => {
    const schedules = hsdsSchedules(
      [
        { day: "fr", opens: "10:00", closes: "14:00" },
        { day: "tu", opens: "09:00", closes: "16:00" },
        { day: "mo", opens: "09:00", closes: "16:00" },
      ],
      { location_id: "x" },
      "location/x",
      ctx,
    );
    expect(schedules.map((s) => [s.freq, s.byday, s.opens_at, s.closes_at])).toEqual([
      ["WEEKLY", "MO,TU", "09:00", "16:00"],
      ["WEEKLY", "FR", "10:00", "14:00"],
    ]);
    // Ids are derived, so the same hours give the same ids on every request.
    expect(hsdsSchedules([{ day: "mo", opens: "09:00", closes: "16:00" }], {}, "location/x", ctx)[0].id).toBe(
      hsdsSchedules([{ day: "mo", opens: "09:00", closes: "16:00" }], {}, "location/x", ctx)[0].id,
    );
  });

  it("shows a practitioner's public fields only", () => {
    const open = hsdsContact(person(), { service_id: "s" }, ctx);
    expect(open).toMatchObject({ name: "Maija Meikäläinen", title: "Opinto-ohjaaja", email: "maija@example.fi", phones: [{ number: "+358 40 123 4567" }] });
    const closed = hsdsContact(person({ visibility: { email: "network", phone: "network", title: "network" } }), { service_id: "s" }, ctx);
    expect(closed).toEqual({ id: expect.any(String), service_id: "s", name: "Maija Meikäläinen", phones: [] });
  });

  it("maps a service's status, fees, taxonomies and leaves out empty fields", () => {
    const related = { channels: [], locations: [], practitioners: [], municipalities: new Map() };
    const service = hsdsService(aService({ status: "defunct", cost: "paid", costDescription: { fi: "50 € / kerta" } }), related, ctx);
    expect(service).toMatchObject({
      status: "defunct",
      fees_description: "Maksullinen. 50 € / kerta",
      assured_date: "2025-04-01",
      last_modified: "2025-05-01T10:00:00.000Z",
    });
    expect(service).not.toHaveProperty("description");
    expect(service).not.toHaveProperty("url");
    expect(service.attributes.map((a) => a.taxonomy_term_id)).toEqual([termId("target_group", "career_changers"), termId("service_language", "fi")]);
  });

  it("gives the Y-tunnus as an organisation identifier", () => {
    const org = hsdsOrganization(
      {
        id: "7a2e4b63-4d8f-4c9b-8e1f-2a3b4c5d6e7f",
        name: { fi: "Kainuun ammattiopisto" },
        description: {},
        type: "vocational_college",
        businessId: "1905652-2",
        website: "not a url",
        email: null,
        phone: null,
        parentId: null,
        updatedAt: new Date(),
      },
      ctx,
    );
    expect(org.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: "FI-PRO", identifier: "1905652-2" })]);
    expect(org.description).toBe("Kainuun ammattiopisto");
    expect(org).not.toHaveProperty("website");
  });

  it("accepts only e-mail addresses and http(s) URLs that the HSDS formats accept", () => {
    expect(validEmail(" ohjaus@example.fi ")).toBe("ohjaus@example.fi");
    expect(validEmail("soita meille")).toBeUndefined();
    expect(validUrl("https://example.fi/ohjaus")).toBe("https://example.fi/ohjaus");
    expect(validUrl("https://example.fi/hakemus/äiti")).toBe("https://example.fi/hakemus/%C3%A4iti");
    expect(validUrl("www.example.fi")).toBeUndefined();
    expect(validUrl("javascript:alert(1)")).toBeUndefined();
  });
});
