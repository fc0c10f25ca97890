import { describe, expect, it } from "vitest";
import { columnOfPath, organizationFromRecord, practitionerToRecord, type PractitionerRecord } from "./columns";
import { detectDelimiter, readCsv, writeCsv } from "./csv";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("reading CSV", () => {
  it("detects the delimiter from the header line", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter("a,b,c\n1;2,3,4")).toBe(",");
    expect(detectDelimiter('"a;b",c,d\n')).toBe(",");
  });

  it("reads UTF-8 with and without a byte order mark, keeping line numbers", () => {
    for (const text of ["\uFEFFname_fi;type\nÄänekosken opisto;other\n\nÖljy;other\n", "name_fi,type\nÄänekosken opisto,other\n\nÖljy,other\n"]) {
      const result = readCsv(bytes(text));
      expect(result).toMatchObject({
        ok: true,
        header: ["name_fi", "type"],
        rows: [
          { line: 2, values: ["Äänekosken opisto", "other"] },
          { line: 4, values: ["Öljy", "other"] },
        ],
      });
    }
  });

  it("refuses text that is not UTF-8 and files without content", () => {
    expect(readCsv(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xc4, 0x0a]))).toEqual({ ok: false, problem: "notUtf8" });
    expect(readCsv(bytes(" \n"))).toEqual({ ok: false, problem: "empty" });
    expect(readCsv(bytes('a;b\n"open;2\n'))).toMatchObject({ ok: false, problem: "malformed" });
  });

  it("writes what it reads", () => {
    const text = writeCsv(["a", "b"], [{ a: 'say "hi"; then', b: "x|y" }, { a: "line\nbreak" }]);
    expect(text.startsWith("\uFEFFa;b\r\n")).toBe(true);
    const back = readCsv(bytes(text));
    expect(back).toMatchObject({ ok: true, rows: [{ values: ['say "hi"; then', "x|y"] }, { values: ["line\nbreak", ""] }] });
  });
});

describe("columns", () => {
  it("maps input paths of validation issues to CSV columns", () => {
    expect(columnOfPath("name.fi")).toEqual({ column: "name_fi" });
    expect(columnOfPath("costDescription.sv")).toEqual({ column: "cost_description_sv" });
    expect(columnOfPath("regionCodes.2")).toEqual({ column: "region_codes", index: 2 });
    expect(columnOfPath("businessId")).toEqual({ column: "business_id" });
    expect(columnOfPath("organizationId")).toEqual({ column: "organization" });
    expect(columnOfPath("visibility.servicePoints")).toEqual({ column: "service_points_visibility" });
    expect(columnOfPath("channels.1.channel")).toEqual({ column: "channels", index: 1 });
  });

  it("reads multilingual and list cells", () => {
    const input = organizationFromRecord({ name_fi: " Opisto ", name_sv: "", type: "other", region_codes: "maakunta_19| maakunta_18 |" });
    expect(input.name).toEqual({ fi: "Opisto" });
    expect(input.regionCodes).toEqual(["maakunta_19", "maakunta_18"]);
    expect(input.businessId).toBeUndefined();
  });

  it("leaves fields shared with the network only out for readers outside the network", () => {
    const p: PractitionerRecord = {
      id: "p",
      externalId: null,
      organizationId: "o",
      givenName: "Maija",
      familyName: "Esimerkki",
      title: { fi: "Opinto-ohjaaja" },
      email: "maija@example.fi",
      phone: "+358 40 1",
      competenceAreas: [],
      languages: ["fi"],
      visibility: { phone: "network", title: "network", servicePoints: "network" },
      isContactPerson: false,
      serviceIds: [],
      servicePointIds: ["sp"],
    };
    expect(practitionerToRecord(p, false)).toMatchObject({ email: "maija@example.fi", phone: "", title_fi: "", service_point_ids: "" });
    expect(practitionerToRecord(p, true)).toMatchObject({ email: "maija@example.fi", phone: "+358 40 1", title_fi: "Opinto-ohjaaja", service_point_ids: "sp" });
  });
});
