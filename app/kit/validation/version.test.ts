import { describe, expect, it } from "vitest";
import { versionOf, withVersion } from "../forms/form-data";
import { editVersion } from "./version";

describe("an edit form's version", () => {
  it("is a whole number; blank or anything else is refused, left out it is unchecked", () => {
    expect(editVersion.parse("3")).toBe(3);
    expect(editVersion.parse(0)).toBe(0);
    expect(editVersion.parse(undefined)).toBeUndefined();
    for (const bad of ["", " ", "2.5", "-1", "abc", "1e3"]) expect(editVersion.safeParse(bad).success, bad).toBe(false);
  });

  it("is read from the form as typed, and only when the form has the field", () => {
    const form = new FormData();
    expect(versionOf(form)).toBeUndefined();
    form.set("version", "");
    expect(withVersion(form, { name: "x" })).toEqual({ name: "x", version: "" });
    form.set("version", "4");
    expect(versionOf(form)).toBe("4");
  });
});
