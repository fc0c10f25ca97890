import { describe, expect, it } from "vitest";
import { auditFilterQuery, parseAuditFilter } from "./filter";
import { showValue } from "./view.server";

describe("the audit trail's filter", () => {
  it("keeps known types, days and short text, and drops the rest", () => {
    const filter = parseAuditFilter(
      new URLSearchParams({ entityType: "service", actor: " Maija ", from: "2026-12-01", to: "31.12.2026", entityId: "x".repeat(200) }),
    );
    expect(filter).toEqual({ entityType: "service", entityId: "x".repeat(100), actor: "Maija", from: "2026-12-01", to: "" });
    expect(parseAuditFilter(new URLSearchParams({ entityType: "drop table" })).entityType).toBe("");
    expect(auditFilterQuery({ entityType: "service", entityId: "", actor: "Maija", from: "", to: "" })).toBe("entityType=service&actor=Maija");
  });
});

describe("recorded values as people read them", () => {
  it("shows texts in the reader's language and lists joined", () => {
    expect(showValue({ fi: "Neuvonta", sv: "Rådgivning" }, "sv")).toBe("Rådgivning");
    expect(showValue({ fi: "Neuvonta" }, "en")).toBe("Neuvonta");
    expect(showValue(["fi", "sv"], "fi")).toBe("fi, sv");
    expect(showValue(null, "fi")).toBe("");
  });
});
