import { describe, expect, it } from "vitest";
import { diffFields } from "./record-change.server";

describe("diffFields", () => {
  it("lists changed fields only, ignoring key order and timestamps", () => {
    expect(
      diffFields(
        { name: { fi: "A", sv: "B" }, website: null, updatedAt: new Date(1) },
        { name: { sv: "B", fi: "A" }, website: "https://x.example", updatedAt: new Date(2) },
      ),
    ).toEqual({ website: { old: null, new: "https://x.example" } });
  });

  it("treats a missing and a null value alike and records created and deleted records whole", () => {
    expect(diffFields({ phone: null }, {})).toEqual({});
    expect(diffFields(null, { phone: "1" })).toEqual({ phone: { old: null, new: "1" } });
    expect(diffFields({ phone: "1" }, null)).toEqual({ phone: { old: "1", new: null } });
  });
});
