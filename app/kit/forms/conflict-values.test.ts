import { describe, expect, it } from "vitest";
import { differingFields, flatValues } from "./conflict-values";

describe("an edit conflict's values", () => {
  it("lays out nested values by field path, a list of plain values as one field", () => {
    expect(
      flatValues({ name: { fi: "Ohjaamo", sv: "" }, regionCodes: ["01", "19"], hours: [{ day: "mo", opens: "09:00" }], phone: undefined, count: 3 }),
    ).toEqual({ "name.fi": "Ohjaamo", "name.sv": "", regionCodes: "01, 19", "hours.0.day": "mo", "hours.0.opens": "09:00", phone: "", count: "3" });
  });

  it("names the fields that differ, not the version, and not a field missing on one side but blank on the other", () => {
    const saved = flatValues({ version: 3, name: { fi: "Uusi", sv: "" }, phone: "040" });
    const sent = flatValues({ version: "2", name: { fi: "Oma" }, phone: "040" });
    expect(differingFields(saved, sent)).toEqual(["name.fi"]);
  });
});
