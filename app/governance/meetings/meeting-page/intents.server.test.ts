import { describe, expect, it } from "vitest";
import { meetingIntents } from "./intents.server";

describe("the meeting page's intents", () => {
  it("are exactly the forms of the page, and nothing inherited from objects", () => {
    expect([...meetingIntents.keys()].sort()).toEqual([
      "action",
      "actionStatus",
      "agenda",
      "approve",
      "attendance",
      "cancel",
      "circulate",
      "decision",
      "invite",
      "minutes",
      "propose",
      "update",
    ]);
    for (const other of ["", "constructor", "__proto__", "toString", "create", "delete"]) expect(meetingIntents.has(other), other).toBe(false);
  });
});
