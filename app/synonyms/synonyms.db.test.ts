import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { aService, anOrganization, unique, userWith } from "../../tests/support/fixtures";
import { auditEvent } from "../audit/schema.server";
import { db } from "../kit/db/db.server";
import { EditConflict, InvalidInput, PermissionDenied } from "../kit/validation/errors";
import { parseMapSearch } from "../network-map/search-params";
import { searchMap } from "../network-map/search.server";
import { createSynonymGroup, deleteSynonymGroup, updateSynonymGroup } from "./commands/synonym-group.server";
import { synonymGroups } from "./queries.server";
import { searchSynonymGroup } from "./schema.server";

const admin = userWith({ role: "admin" });
const found = async (q: string) => {
  const parsed = parseMapSearch(new URLSearchParams({ q }));
  if (!parsed.ok) throw new Error(q);
  return (await searchMap(parsed.search)).results.map((r) => r.id);
};
const auditOf = (id: string) =>
  db()
    .select({ action: auditEvent.action })
    .from(auditEvent)
    .where(and(eq(auditEvent.entityType, "synonym_group"), eq(auditEvent.entityId, id)))
    .orderBy(asc(auditEvent.id));

describe("search synonyms (decision 0189)", () => {
  it("ships the everyday words of every language", async () => {
    const fi = (await synonymGroups("fi")).map((g) => g.words);
    expect(fi.find((w) => w.includes("työkkäri"))).toEqual(expect.arrayContaining(["te toimisto", "te palvelut", "työvoimapalvelut", "työllisyyspalvelut"]));
    expect(fi.find((w) => w.includes("amis"))).toEqual(expect.arrayContaining(["ammattikoulu", "ammattiopisto"]));
    expect(fi.find((w) => w.includes("opo"))).toEqual(expect.arrayContaining(["opinto ohjaaja", "uraohjaaja", "urasuunnittelija"]));
    expect(fi.find((w) => w.includes("it ala"))).toContain("tietotekniikka");
    expect((await synonymGroups("sv")).length).toBeGreaterThan(5);
    expect((await synonymGroups("en")).length).toBeGreaterThan(5);
  });

  it("applies an admin's new group at the next search, keeps its versions, audits it and removes it", async () => {
    const n = unique("");
    const [word, marker] = [`arkisana${n}`, `m${n}`];
    const org = await anOrganization();
    const id = await aService(org.id, { name: { fi: `Ohjausklinikka ${marker}` } });
    const target = `ohjausklinikka`;
    expect(await found(`${word} ${marker}`)).toEqual([]);

    const group = await createSynonymGroup(admin, { language: "fi", words: `${word}\nOhjaus-klinikka`, note: "testi" });
    const [row] = await db().select().from(searchSynonymGroup).where(eq(searchSynonymGroup.id, group));
    expect(row.words).toEqual([word, "ohjaus klinikka"]);
    expect(row.version).toBe(1);

    // A member is a run of query words; "ohjaus klinikka" needs both, so change it to the compound.
    expect(await updateSynonymGroup(admin, group, { language: "fi", words: [word, target], note: "", version: 1 })).toBe(2);
    expect(await found(`${word} ${marker}`)).toEqual([id]);

    // A stale form (version 1) is refused, and nothing is written.
    await expect(updateSynonymGroup(admin, group, { language: "fi", words: [word, "muu"], version: 1 })).rejects.toBeInstanceOf(EditConflict);
    await expect(deleteSynonymGroup(admin, group, 1)).rejects.toBeInstanceOf(EditConflict);
    await deleteSynonymGroup(admin, group, 2);
    expect(await found(`${word} ${marker}`)).toEqual([]);
    expect((await auditOf(group)).map((e) => e.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses groups of one word, over-long members and other roles", async () => {
    await expect(createSynonymGroup(admin, { language: "fi", words: "yksi, YKSI" })).rejects.toBeInstanceOf(InvalidInput);
    await expect(createSynonymGroup(admin, { language: "fi", words: ["a b c d", "e"] })).rejects.toBeInstanceOf(InvalidInput);
    await expect(createSynonymGroup(admin, { language: "de" as never, words: ["a", "b"] })).rejects.toBeInstanceOf(InvalidInput);
    const coordinator = userWith({ role: "coordinator", regionCode: "maakunta_18" });
    await expect(createSynonymGroup(coordinator, { language: "fi", words: ["a", "b"] })).rejects.toBeInstanceOf(PermissionDenied);
  });
});
