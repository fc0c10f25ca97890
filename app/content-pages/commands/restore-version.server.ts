import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { parseInput, uuid } from "../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { contentLanguage } from "../inputs";
import { appendVersion, inTransaction, lockPage, versionOf } from "./shared.server";

/** Copies an old version into a new draft version; the history keeps everything in between. */
export async function restoreVersion(caller: CurrentUser, pageId: string, language: string, versionId: string) {
  const lang = parseInput(contentLanguage, language);
  const id = parseInput(uuid, versionId);
  return inTransaction(undefined, async (tx) => {
    await lockPage(tx, caller, pageId, "restore content version");
    const old = await versionOf(tx, pageId, lang, id);
    const created = await appendVersion(tx, caller, pageId, lang, old, old.version);
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "content_version",
      entityId: created.id,
      action: "restore",
      before: null,
      after: created.row,
    });
    return { id: created.id, version: created.version };
  });
}
