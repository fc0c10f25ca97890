import { describe, expect, it } from "vitest";
import { offeringFromForm } from "./form-data";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("offering form data", () => {
  it("reads numbers as people type them, lists and the personal start box", () => {
    const input = offeringFromForm(
      form([
        ["organizationId", "x"],
        ["name.fi", "Hitsaus"],
        ["price", "1 200,50"],
        ["durationValue", "6"],
        ["durationUnit", "months"],
        ["teachingLanguages", "fi"],
        ["teachingLanguages", "en"],
        ["personalStart", "on"],
        ["startDate", ""],
      ]),
    );
    expect(input).toMatchObject({
      price: 1200.5,
      durationValue: 6,
      durationUnit: "months",
      teachingLanguages: ["fi", "en"],
      personalStart: true,
      startDate: undefined,
    });
  });

  it("passes what is not a number on, so that validation names the field", () => {
    expect(offeringFromForm(form([["price", "ilmainen"]])).price).toBe("ilmainen");
    expect(offeringFromForm(form([])).price).toBe(0);
  });
});
