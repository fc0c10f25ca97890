import { describe, expect, it } from "vitest";
import { visibleFields } from "./practitioner-visibility";

describe("visibleFields", () => {
  it("shows public fields to everyone and network-only fields to members only", () => {
    const visibility = { phone: "network", email: "public" } as const;
    expect([...visibleFields(visibility, false)].sort()).toEqual(["email", "servicePoints", "title"]);
    expect([...visibleFields(visibility, true)].sort()).toEqual(["email", "phone", "servicePoints", "title"]);
  });
});
