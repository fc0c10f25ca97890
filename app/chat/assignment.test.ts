import { describe, expect, it } from "vitest";
import { chooseAssignee, serves, waitEstimateMinutes, type DutyCandidate } from "./assignment";

const person = (userId: string, extra: Partial<DutyCandidate> = {}): DutyCandidate => ({
  shiftId: `shift-${userId}`,
  userId,
  userName: userId,
  organizationId: "org",
  languages: ["fi"],
  topics: [],
  activeChats: 0,
  lastAssignedAt: null,
  ...extra,
});

describe("chat assignment", () => {
  it("serves the chat's language, and its topic unless the shift takes every topic", () => {
    expect(serves(person("a"), { language: "fi", topic: "employment" })).toBe(true);
    expect(serves(person("a"), { language: "sv", topic: "employment" })).toBe(false);
    expect(serves(person("a", { topics: ["choosing_education"] }), { language: "fi", topic: "employment" })).toBe(false);
    expect(serves(person("a", { topics: ["choosing_education"] }), { language: "fi", topic: "other" })).toBe(true);
  });

  it("gives the chat to the least loaded person who serves it", () => {
    const chosen = chooseAssignee(
      [person("busy", { activeChats: 2 }), person("free", { activeChats: 1 }), person("swedish", { languages: ["sv"] })],
      { language: "fi", topic: "employment" },
      3,
    );
    expect(chosen?.userId).toBe("free");
  });

  it("breaks a tie by who has waited longest for a chat, then by id", () => {
    const earlier = person("b", { lastAssignedAt: new Date("2026-12-08T08:00:00Z") });
    const later = person("a", { lastAssignedAt: new Date("2026-12-08T09:00:00Z") });
    expect(chooseAssignee([later, earlier], { language: "fi", topic: "other" }, 3)?.userId).toBe("b");
    expect(chooseAssignee([person("z"), person("y")], { language: "fi", topic: "other" }, 3)?.userId).toBe("y");
  });

  it("leaves the chat in the queue when everyone is full or nobody speaks the language", () => {
    expect(chooseAssignee([person("a", { activeChats: 3 })], { language: "fi", topic: "other" }, 3)).toBeNull();
    expect(chooseAssignee([person("a")], { language: "ar", topic: "other" }, 3)).toBeNull();
    expect(chooseAssignee([], { language: "fi", topic: "other" }, 3)).toBeNull();
  });

  it("estimates the wait from the position, the people on duty and the recent average", () => {
    expect(waitEstimateMinutes(1, 1, null)).toBe(3);
    expect(waitEstimateMinutes(4, 2, 5)).toBe(10);
    expect(waitEstimateMinutes(1, 3, 0.2)).toBe(1);
    expect(waitEstimateMinutes(2, 0, 4)).toBe(8);
  });
});
