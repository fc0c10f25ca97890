import { describe, expect, it } from "vitest";
import { bodyKindOf, bodyLimits } from "./body-limits";

describe("bodyKindOf", () => {
  it("names the kind of body each path may carry", () => {
    expect(bodyKindOf("/api/auth/sign-in/email")).toBe("api");
    expect(bodyKindOf("/api")).toBe("api");
    expect(bodyKindOf("/fi/work/groups/0e6c/documents")).toBe("upload");
    expect(bodyKindOf("/sv/work/documents/0e6c")).toBe("upload");
    expect(bodyKindOf("/en/work/import")).toBe("import");
    expect(bodyKindOf("/fi/work/offerings/import")).toBe("import");
    expect(bodyKindOf("/fi/sign-in")).toBe("form");
    expect(bodyKindOf("/fi/work/meetings/0e6c")).toBe("form");
    // Not an upload: the download of a version, and an address merely containing the word.
    expect(bodyKindOf("/fi/work/documents/0e6c/versions/1/download")).toBe("form");
    expect(bodyKindOf("/fi/pages/api")).toBe("form");
  });

  it("lets the largest legitimate bodies through", () => {
    // The minutes: 100,000 characters of three-byte UTF-8, percent-encoded.
    expect(bodyLimits.form).toBeGreaterThan(100_000 * 9 + 64 * 1024);
    // Files somewhat over their limits reach their routes, which say so in the page.
    expect(bodyLimits.upload).toBeGreaterThan(11 * 1024 * 1024);
    expect(bodyLimits.import).toBeGreaterThan(6 * 1024 * 1024);
  });
});
