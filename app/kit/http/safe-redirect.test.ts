import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "./safe-redirect";

const fallback = "/fi/work";

describe("safeRedirectTarget", () => {
  it.each([
    "/\\evil.example",
    "/%09/evil.example",
    "/%5Cevil.example",
    "//evil.example",
    "/.//evil.example",
    "https://evil.example",
    "\t//evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "",
    "x".repeat(2001),
  ])("refuses %s", (target) => {
    expect(safeRedirectTarget(target, fallback)).toBe(fallback);
  });

  it("keeps a path of the site with its query and fragment", () => {
    expect(safeRedirectTarget("/fi/work?x=1#y", fallback)).toBe("/fi/work?x=1#y");
    expect(safeRedirectTarget("/sv/education?q=svets%C3%A4", fallback)).toBe("/sv/education?q=svets%C3%A4");
  });

  it("accepts the site's own absolute address, as a path", () => {
    expect(safeRedirectTarget("https://elo.example/fi/work", fallback, "https://elo.example")).toBe("/fi/work");
    expect(safeRedirectTarget("http://elo.example/fi/work", fallback, "https://elo.example")).toBe(fallback);
  });

  it("refuses what is not text", () => {
    expect(safeRedirectTarget(null, fallback)).toBe(fallback);
    expect(safeRedirectTarget(42, fallback)).toBe(fallback);
  });
});
