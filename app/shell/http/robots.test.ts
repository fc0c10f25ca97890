import { describe, expect, it } from "vitest";
import { isUnindexedPath } from "./robots";

describe("isUnindexedPath", () => {
  it("keeps pages about a person and the work pages out of search engines", () => {
    expect(isUnindexedPath("/fi/practitioners/0e6c")).toBe(true);
    expect(isUnindexedPath("/sv/practitioners/0e6c/vcard")).toBe(true);
    expect(isUnindexedPath("/en/invitations/abc")).toBe(true);
    expect(isUnindexedPath("/fi/work")).toBe(true);
    expect(isUnindexedPath("/fi/work/pages/1")).toBe(true);
    expect(isUnindexedPath("/fi/satisfaction/abc")).toBe(true);
  });

  it("leaves the public pages indexable", () => {
    expect(isUnindexedPath("/fi")).toBe(false);
    expect(isUnindexedPath("/fi/organisations/0e6c")).toBe(false);
    expect(isUnindexedPath("/fi/workshops")).toBe(false);
    expect(isUnindexedPath("/fi/pages/practitioners")).toBe(false);
  });
});
