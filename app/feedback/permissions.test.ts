import { describe, expect, it } from "vitest";
import { userWith } from "../../tests/support/fixtures";
import { accessibilityAnswerDays, pagePathOf, returnPathOf } from "./inputs";
import { answerDueDate, canAnswerFeedback, canReadFeedback, isOverdue, satisfactionScope } from "./permissions";

describe("who reads and answers feedback", () => {
  it("lets admins and coordinators of any region read and answer, and nobody else", () => {
    const admin = userWith({ role: "admin" });
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_18" });
    const contact = userWith({ role: "contact_person", organizationId: "00000000-0000-4000-8000-000000000001" });
    const practitioner = userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" });
    expect([admin, coordinator, contact, practitioner, null].map(canReadFeedback)).toEqual([true, true, false, false, false]);
    expect([admin, coordinator, contact, practitioner, null].map(canAnswerFeedback)).toEqual([true, true, false, false, false]);
  });
});

describe("the 14-day answer rule", () => {
  const received = new Date("2026-11-01T10:00:00Z");
  it("gives accessibility feedback a due date 14 days after receipt, other feedback none", () => {
    expect(answerDueDate("accessibility", received, accessibilityAnswerDays)?.toISOString()).toBe("2026-11-15T10:00:00.000Z");
    expect(answerDueDate("general", received, accessibilityAnswerDays)).toBeNull();
  });
  it("calls open accessibility feedback overdue after its due date, answered feedback never", () => {
    const item = { kind: "accessibility", receivedAt: received, answeredAt: null };
    expect(isOverdue(item, new Date("2026-11-15T09:59:00Z"), accessibilityAnswerDays)).toBe(false);
    expect(isOverdue(item, new Date("2026-11-15T10:01:00Z"), accessibilityAnswerDays)).toBe(true);
    expect(isOverdue({ ...item, answeredAt: new Date("2026-11-20T00:00:00Z") }, new Date("2026-12-01T00:00:00Z"), accessibilityAnswerDays)).toBe(false);
    expect(isOverdue({ ...item, kind: "general" }, new Date("2026-12-01T00:00:00Z"), accessibilityAnswerDays)).toBe(false);
  });
});

describe("page references", () => {
  it("keeps the path without language, query and fragment, and refuses other sites, signed-in pages and odd paths", () => {
    expect(pagePathOf("/fi")).toBe("/");
    expect(pagePathOf("/sv/education/abc?q=x#top")).toBe("/education/abc");
    expect(pagePathOf("https://elo.example.fi/en/map")).toBe("/map");
    expect(pagePathOf("/de/map")).toBeNull();
    expect(pagePathOf("/fi/work/feedback")).toBeNull();
    expect(pagePathOf("//evil.example/fi")).toBeNull();
    expect(pagePathOf("/fi/<script>")).toBeNull();
    expect(pagePathOf(`/fi/${"a".repeat(400)}`)).toBeNull();
  });
  it("returns a vote to the same page in the same language, without the old feedback flag", () => {
    expect(returnPathOf("/fi/search?q=opo&feedback=thanks", "fi")).toBe("/fi/search?q=opo");
    expect(returnPathOf("/fi", "fi")).toBe("/fi");
    expect(returnPathOf("/sv/search", "fi")).toBeNull();
    expect(returnPathOf("/fi//evil.example", "fi")).toBeNull();
    expect(returnPathOf("https://evil.example/fi", "fi")).toBeNull();
  });
});

describe("whose satisfaction results a user reads", () => {
  it("gives admins all, coordinators their regions, contact persons their organisations, and nobody else any", () => {
    const organizationId = "00000000-0000-4000-8000-000000000001";
    expect(satisfactionScope(userWith({ role: "admin" }))).toEqual({ all: true });
    expect(satisfactionScope(userWith({ role: "coordinator", regionCode: "maakunta_18" }))).toEqual({
      all: false,
      regionCodes: ["maakunta_18"],
      organizationIds: [],
    });
    expect(satisfactionScope(userWith({ role: "contact_person", organizationId }))).toEqual({ all: false, regionCodes: [], organizationIds: [organizationId] });
    expect(satisfactionScope(userWith({ role: "practitioner", practitionerId: "00000000-0000-4000-8000-000000000002" }))).toBeNull();
    expect(satisfactionScope(null)).toBeNull();
  });
});
