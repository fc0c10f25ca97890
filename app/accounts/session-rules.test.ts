import { describe, expect, it } from "vitest";
import { sessionState } from "./session-rules";

const at = (iso: string) => new Date(iso);
const signedInAt = at("2026-12-07T08:00:00Z");
const session = (lastActive: string) => ({ createdAt: signedInAt, expiresAt: at("2026-12-07T20:00:00Z"), updatedAt: at(lastActive) });

describe("session lifetime", () => {
  it("keeps a session used within the last 30 minutes", () => {
    expect(sessionState(session("2026-12-07T09:00:00Z"), at("2026-12-07T09:29:00Z"))).toBe("active");
  });

  it("ends a session idle for 30 minutes", () => {
    expect(sessionState(session("2026-12-07T09:00:00Z"), at("2026-12-07T09:30:00Z"))).toBe("idle");
  });

  it("ends a session 12 hours after signing in even if it is in use", () => {
    expect(sessionState(session("2026-12-07T19:55:00Z"), at("2026-12-07T20:00:00Z"))).toBe("expired");
    // Even if its expiry had been moved on, the sign-in time decides.
    expect(sessionState({ ...session("2026-12-07T19:55:00Z"), expiresAt: at("2026-12-08T08:00:00Z") }, at("2026-12-07T20:00:00Z"))).toBe("expired");
  });
});
