import { describe, expect, it } from "vitest";
import { hashSecretToken, isSecretTokenShaped, newSecretToken } from "./secret-token.server";

describe("secret tokens", () => {
  it("are 43 base64url characters, stored only as a hash, and known by their shape", () => {
    const token = newSecretToken();
    expect(isSecretTokenShaped(token)).toBe(true);
    expect(hashSecretToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecretToken(token)).not.toContain(token);
    expect(isSecretTokenShaped("a".repeat(43))).toBe(true);
    expect(isSecretTokenShaped("a".repeat(42))).toBe(false);
    expect(isSecretTokenShaped(`${"a".repeat(42)}/`)).toBe(false);
    expect(isSecretTokenShaped(43)).toBe(false);
  });
});
