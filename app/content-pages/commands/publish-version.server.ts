import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { parseInput, uuid } from "../../kit/validation/fields";
import { actorOf } from "~/network-map/public.server";
import { contentLanguage } from "../inputs";
import { contentPublication } from "../schema.server";
import { inTransaction, lockPage, versionOf, type Transaction } from "./shared.server";

/** Makes one version of a language the public one (publishing an older one is a rollback). */
export async function publishVersion(caller: CurrentUser, pageId: string, language: string, versionId: string, executor?: Transaction): Promise<void> {
  const lang = parseInput(contentLanguage, language);
  const id = parseInput(uuid, versionId);
  await inTransaction(executor, async (tx) => {
    await lockPage(tx, caller, pageId, "publish content page");
    const version = await versionOf(tx, pageId, lang, id);
    const [before] = await tx
      .select({ versionId: contentPublication.versionId })
      .from(contentPublication)
      .where(and(eq(contentPublication.pageId, pageId), eq(contentPublication.language, lang)));
    if (before?.versionId === version.id) return;
    const publishedByName = actorOf(caller).name;
    await tx
      .insert(contentPublication)
      .values({ pageId, language: lang, versionId: version.id, publishedByName })
      .onConflictDoUpdate({
        target: [contentPublication.pageId, contentPublication.language],
        set: { versionId: version.id, publishedByName, publishedAt: new Date() },
      });
    await recordChange(tx, {
      actor: actorOf(caller),
      entityType: "content_page",
      entityId: pageId,
      action: "publish",
      before: before ? { language: lang, versionId: before.versionId } : null,
      after: { language: lang, versionId: version.id, version: version.version },
    });
  });
}

/** Takes a language version off the public site; its versions stay in the history. */
export async function unpublishLanguage(caller: CurrentUser, pageId: string, language: string): Promise<void> {
  const lang = parseInput(contentLanguage, language);
  await inTransaction(undefined, async (tx) => {
    await lockPage(tx, caller, pageId, "unpublish content page");
    const [removed] = await tx
      .delete(contentPublication)
      .where(and(eq(contentPublication.pageId, pageId), eq(contentPublication.language, lang)))
      .returning({ versionId: contentPublication.versionId });
    if (removed)
      await recordChange(tx, {
        actor: actorOf(caller),
        entityType: "content_page",
        entityId: pageId,
        action: "unpublish",
        before: { language: lang, versionId: removed.versionId },
        after: null,
      });
  });
}
