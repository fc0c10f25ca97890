import { eq } from "drizzle-orm";
import { editConflict, recordChange } from "~/audit/public.server";
import { actorOf } from "~/network-map/public.server";
import { db, type Transaction } from "../../kit/db/db.server";
import { updateVersioned } from "../../kit/db/versioned-update.server";
import type { CurrentUser } from "../../kit/permissions/roles";
import { NotFound, requirePermission } from "../../kit/validation/errors";
import { parseInput } from "../../kit/validation/fields";
import { synonymGroupInput, type SynonymGroupInput } from "../inputs";
import { canManageSynonyms } from "../permissions";
import { searchSynonymGroup } from "../schema.server";
import { forgetQueryAnalyses } from "~/kit/search/query-cache.server";

type Row = typeof searchSynonymGroup.$inferSelect;
const snapshot = (row: Pick<Row, "language" | "words" | "note">) => ({ language: row.language, words: row.words, note: row.note });

/** The audit event of a change to a group. */
const audited = (tx: Transaction, caller: CurrentUser, id: string, action: "create" | "update" | "delete", before: Row | null, after: Row | null) =>
  recordChange(tx, {
    actor: actorOf(caller),
    entityType: "synonym_group",
    entityId: id,
    action,
    before: before && snapshot(before),
    after: after && snapshot(after),
  });

/** Runs a change, then lets searches see it: cached query analyses hold the old synonyms (decision 0194). */
async function inTransaction<T>(executor: Transaction | undefined, run: (tx: Transaction) => Promise<T>): Promise<T> {
  const result = await (executor ? run(executor) : db().transaction(run));
  forgetQueryAnalyses();
  return result;
}

/** Adds a synonym group; it applies to the next search (decision 0189). */
export async function createSynonymGroup(caller: CurrentUser, rawInput: SynonymGroupInput, executor?: Transaction): Promise<string> {
  requirePermission(canManageSynonyms(caller), "create a synonym group");
  const { language, words, note } = parseInput(synonymGroupInput, rawInput);
  return inTransaction(executor, async (tx) => {
    const [created] = await tx.insert(searchSynonymGroup).values({ language, words, note }).returning();
    await audited(tx, caller, created.id, "create", null, created);
    return created.id;
  });
}

/** Changes a group, if it still has the version the form was loaded with. */
export async function updateSynonymGroup(caller: CurrentUser, id: string, rawInput: SynonymGroupInput, executor?: Transaction): Promise<number> {
  requirePermission(canManageSynonyms(caller), `update synonym group ${id}`);
  const input = parseInput(synonymGroupInput, rawInput);
  return inTransaction(executor, async (tx) => {
    const [before] = await tx.select().from(searchSynonymGroup).where(eq(searchSynonymGroup.id, id)).for("update");
    if (!before) throw new NotFound(`synonym group ${id}`);
    const row = { language: input.language, words: input.words, note: input.note };
    const version = await updateVersioned(tx, searchSynonymGroup, { id, version: input.version }, { ...row, updatedAt: new Date() }, () =>
      editConflict(tx, "synonym_group", [id], `synonym group ${id}`),
    );
    await audited(tx, caller, id, "update", before, { ...before, ...row });
    return version;
  });
}

/** Removes a group, if it still has the version the page was loaded with. */
export async function deleteSynonymGroup(caller: CurrentUser, id: string, version: number | undefined, executor?: Transaction): Promise<void> {
  requirePermission(canManageSynonyms(caller), `delete synonym group ${id}`);
  await inTransaction(executor, async (tx) => {
    const [before] = await tx.select().from(searchSynonymGroup).where(eq(searchSynonymGroup.id, id)).for("update");
    if (!before) throw new NotFound(`synonym group ${id}`);
    if (version !== undefined && before.version !== version) throw await editConflict(tx, "synonym_group", [id], `synonym group ${id}`);
    await tx.delete(searchSynonymGroup).where(eq(searchSynonymGroup.id, id));
    await audited(tx, caller, id, "delete", before, null);
  });
}
