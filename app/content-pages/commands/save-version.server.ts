import { and, desc, eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { EditConflict } from "../../kit/validation/errors";
import { contentVersion } from "../schema.server";
import { recordChange } from "~/audit/public.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { contentLanguage, versionInput, type VersionInput } from "../inputs";
import { appendVersion, inTransaction, lockPage, type Transaction } from "./shared.server";

/**
 * Saves a language version's text as a new draft version; the published version stays public. An
 * editor's save names the latest version it started from: if someone saved (or restored) a newer
 * one since, nothing is written and the editor gets a conflict (decision 182).
 */
export async function saveVersion(caller: CurrentUser, pageId: string, language: string, raw: VersionInput, executor?: Transaction) {
  const lang = parseInput(contentLanguage, language);
  const input = parseInput(versionInput, raw);
  return inTransaction(executor, async (tx) => {
    await lockPage(tx, caller, pageId, "save content page");
    if (input.version !== undefined) {
      const [latest] = await tx
        .select({ version: contentVersion.version, by: contentVersion.createdByName, at: contentVersion.createdAt })
        .from(contentVersion)
        .where(and(eq(contentVersion.pageId, pageId), eq(contentVersion.language, lang)))
        .orderBy(desc(contentVersion.version))
        .limit(1);
      if ((latest?.version ?? 0) !== input.version) throw new EditConflict(`content page ${pageId} ${lang}`, latest?.by ?? null, latest?.at ?? null);
    }
    const created = await appendVersion(tx, caller, pageId, lang, input);
    await recordChange(tx, { actor: actorOf(caller), entityType: "content_version", entityId: created.id, action: "create", before: null, after: created.row });
    return { id: created.id, version: created.version };
  });
}
