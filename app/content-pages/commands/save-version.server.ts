import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { contentLanguage, versionInput, type VersionInput } from "../inputs";
import { appendVersion, inTransaction, lockPage, type Transaction } from "./shared.server";

/** Saves a language version's text as a new draft version; the published version stays public. */
export async function saveVersion(caller: CurrentUser, pageId: string, language: string, raw: VersionInput, executor?: Transaction) {
  const lang = parseInput(contentLanguage, language);
  const input = parseInput(versionInput, raw);
  return inTransaction(executor, async (tx) => {
    await lockPage(tx, caller, pageId, "save content page");
    const created = await appendVersion(tx, caller, pageId, lang, input);
    await recordChange(tx, { actor: actorOf(caller), entityType: "content_version", entityId: created.id, action: "create", before: null, after: created.row });
    return { id: created.id, version: created.version };
  });
}
