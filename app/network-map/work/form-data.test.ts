import { describe, expect, it } from "vitest";
import { organizationFromForm, practitionerFromForm, serviceFromForm, servicePointFromForm } from "./form-data";

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};

describe("workspace form fields to command inputs", () => {
  it("reads an organisation with localized names, optional fields and memberships", () => {
    const input = organizationFromForm(
      formOf([
        ["name.fi", "Opisto"],
        ["name.sv", ""],
        ["type", "library"],
        ["businessId", "  "],
        ["website", "https://example.fi"],
        ["regionCodes", "maakunta_19"],
        ["regionCodes", "maakunta_18"],
      ]),
    );
    expect(input).toMatchObject({
      name: { fi: "Opisto", sv: "", en: "" },
      type: "library",
      businessId: undefined,
      website: "https://example.fi",
      parentId: undefined,
      regionCodes: ["maakunta_19", "maakunta_18"],
    });
  });

  it("skips empty opening-hour rows and keeps half-filled ones for validation", () => {
    const input = servicePointFromForm(
      formOf([
        ["openingHours.0.day", "mo"],
        ["openingHours.0.opens", "09:00"],
        ["openingHours.0.closes", "16:00"],
        ["openingHours.1.day", ""],
        ["openingHours.1.opens", ""],
        ["openingHours.1.closes", ""],
        ["openingHours.2.day", "tu"],
        ["openingHours.2.opens", ""],
        ["openingHours.2.closes", ""],
        ["latitude", "66,5"],
        ["longitude", "east"],
      ]),
    );
    expect(input.openingHours).toEqual([
      { day: "mo", opens: "09:00", closes: "16:00" },
      { day: "tu", opens: "", closes: "" },
    ]);
    expect(input.latitude).toBe(66.5);
    expect(input.longitude).toBe("east");
  });

  it("reads channel rows in order and drops the empty ones", () => {
    const input = serviceFromForm(
      formOf([
        ["channels.1.channel", "chat"],
        ["channels.1.contact", "https://chat.example.fi"],
        ["channels.0.channel", "phone"],
        ["channels.0.contact", "040 123 4567"],
        ["channels.0.hours.fi", "ma–pe 9–15"],
        ["channels.2.channel", ""],
        ["channels.2.contact", ""],
        ["targetGroups", "immigrants"],
        ["languages", "fi"],
        ["languages", "sv"],
      ]),
    );
    expect(input.channels).toEqual([
      { channel: "phone", contact: "040 123 4567", hours: { fi: "ma–pe 9–15", sv: "", en: "" }, servicePointId: undefined },
      { channel: "chat", contact: "https://chat.example.fi", hours: { fi: "", sv: "", en: "" }, servicePointId: undefined },
    ]);
    expect(input.targetGroups).toEqual(["immigrants"]);
    expect(input.languages).toEqual(["fi", "sv"]);
  });

  it("keeps a practitioner's stored contact person status when the box is not on the form, but passes a forged tick on", () => {
    expect(practitionerFromForm(formOf([["givenName", "A"]]), { isContactPerson: true }).isContactPerson).toBe(true);
    expect(practitionerFromForm(formOf([["givenName", "A"]])).isContactPerson).toBe(false);
    expect(practitionerFromForm(formOf([["isContactPerson", "on"]]), { isContactPerson: false }).isContactPerson).toBe(true);
  });

  it("defaults each field's visibility to public", () => {
    const input = practitionerFromForm(formOf([["visibility.email", "network"]]));
    expect(input.visibility).toEqual({ email: "network", phone: "public", title: "public", servicePoints: "public" });
  });
});
