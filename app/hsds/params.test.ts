import { describe, expect, it } from "vitest";
import { HsdsError, maxPerPage, parseDateTime, parseId, parseListParams } from "./params";
import { termId } from "./taxonomies";

const parse = (query: string) => parseListParams(new URLSearchParams(query));
const errorOf = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof HsdsError) return error.key;
    throw error;
  }
  return null;
};

describe("HSDS list parameters", () => {
  it("defaults to the first page of 20 in Finnish", () => {
    expect(parse("")).toEqual({ lang: "fi", page: 1, perPage: 20, search: "", organizationId: undefined });
  });

  it("reads every supported filter", () => {
    const id = "0E0A2C4B-9A1B-4C1D-8E2F-0A1B2C3D4E5F";
    const params = parse(
      `lang=sv&page=3&per_page=${maxPerPage}&search= ohjaus &taxonomy_term_id=${termId("topic", "employment")}&organization_id=${id}&modified_after=2025-03-01T10:00:00%2B02:00&postcode=96100&proximity=2500.5`,
    );
    expect(params).toMatchObject({
      lang: "sv",
      page: 3,
      perPage: maxPerPage,
      search: "ohjaus",
      term: { taxonomy: "topic", code: "employment" },
      organizationId: id.toLowerCase(),
      postcode: "96100",
      proximity: 2500.5,
    });
    expect(params.modifiedAfter?.toISOString()).toBe("2025-03-01T08:00:00.000Z");
  });

  it.each([
    ["page=abc", "hsds.error.page"],
    ["page=0", "hsds.error.page"],
    ["page=1.5", "hsds.error.page"],
    ["per_page=100000", "hsds.error.perPage"],
    ["per_page=-1", "hsds.error.perPage"],
    ["lang=de", "hsds.error.lang"],
    ["format=csv", "hsds.error.format"],
    ["taxonomy_term_id=abc", "hsds.error.uuid"],
    ["taxonomy_term_id=0e0a2c4b-9a1b-4c1d-8e2f-0a1b2c3d4e5f", "hsds.error.unknownTerm"],
    ["taxonomy_id=0e0a2c4b-9a1b-4c1d-8e2f-0a1b2c3d4e5f", "hsds.error.unknownTaxonomy"],
    ["organization_id=1", "hsds.error.uuid"],
    ["modified_after=yesterday", "hsds.error.dateTime"],
    ["modified_after=2025-02-30T25:00:00Z", "hsds.error.dateTime"],
    ["postcode=9610", "hsds.error.postcode"],
    ["proximity=1000", "hsds.error.proximityWithoutPostcode"],
    ["postcode=96100&proximity=0", "hsds.error.proximity"],
    ["postcode=96100&proximity=1e9", "hsds.error.proximity"],
    [`search=${"a".repeat(201)}`, "hsds.error.search"],
  ])("rejects %s", (query, key) => {
    expect(errorOf(query)).toBe(key);
  });

  it("reads ISO dates and date-times, a time without zone as UTC", () => {
    expect(parseDateTime("2025-01-31")?.toISOString()).toBe("2025-01-31T00:00:00.000Z");
    expect(parseDateTime("2025-01-31T12:30")?.toISOString()).toBe("2025-01-31T12:30:00.000Z");
    expect(parseDateTime("2025-01-31T12:30:15.250Z")?.toISOString()).toBe("2025-01-31T12:30:15.250Z");
    expect(parseDateTime("31.1.2025")).toBeNull();
    expect(parseDateTime("2025-01-31T12:30:15+0200")?.toISOString()).toBe("2025-01-31T10:30:15.000Z");
    // Not on the calendar, and no leap seconds.
    expect(parseDateTime("2026-02-31")).toBeNull();
    expect(parseDateTime("2025-01-31T23:59:60Z")).toBeNull();
  });

  it("checks ids of detail URLs", () => {
    expect(parseId("0E0A2C4B-9A1B-4C1D-8E2F-0A1B2C3D4E5F")).toBe("0e0a2c4b-9a1b-4c1d-8e2f-0a1b2c3d4e5f");
    expect(() => parseId("123")).toThrow(HsdsError);
  });
});
