import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasMessage } from "../kit/i18n/catalogue";
import { languages } from "../kit/i18n/languages";
import { auditEntityTypes } from "./entity-types";

/** Every `entityType: "…"` that a command records, read from the source of the capabilities. */
function recordedTypes(dir: string, out = new Set<string>()): Set<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) recordedTypes(path, out);
    else if (name.endsWith(".server.ts")) for (const m of readFileSync(path, "utf8").matchAll(/entityType: "([a-z_]+)"/g)) out.add(m[1]);
  }
  return out;
}

describe("the audit trail's kinds of records", () => {
  it("cover every kind a command records", () => {
    const recorded = [...recordedTypes(join(import.meta.dirname, ".."))].sort();
    expect(recorded.length).toBeGreaterThan(10);
    expect(recorded.filter((type) => !(auditEntityTypes as readonly string[]).includes(type))).toEqual([]);
  });

  it("have a name in every language", () => {
    for (const lang of languages) for (const type of auditEntityTypes) expect(hasMessage(lang, `audit.entity.${type}`), `${lang} ${type}`).toBe(true);
  });
});
