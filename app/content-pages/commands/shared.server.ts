import { and, eq, max, sql } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import type { Transaction } from "../../kit/db/db.server";
import { actorOf } from "~/network-map/public.server";
import { NotFound, requirePermission } from "../../kit/validation/errors";
import type { PageLanguage } from "../../kit/i18n/page-languages";
import { canEditContentPage } from "../permissions";
import { contentPage, contentVersion } from "../schema.server";

export type { Transaction };

/** Runs in the caller's transaction (demo data, start-up) or in a new one. */
export { inTransaction } from "../../kit/db/db.server";

/** The page, locked so that concurrent saves of one page queue; refuses those who may not keep it. */
export async function lockPage(tx: Transaction, caller: CurrentUser, pageId: string, what: string) {
  const [page] = await tx.select().from(contentPage).where(eq(contentPage.id, pageId)).for("update");
  if (!page) throw new NotFound(`content page ${pageId}`);
  requirePermission(canEditContentPage(caller, page), `${what} ${pageId}`);
  return page;
}

/** Adds the next numbered version of a language; the page must be locked. */
export async function appendVersion(
  tx: Transaction,
  caller: CurrentUser,
  pageId: string,
  language: PageLanguage,
  text: { title: string; summary: string; body: string },
  restoredFromVersion: number | null = null,
) {
  const [{ latest }] = await tx
    .select({ latest: max(contentVersion.version) })
    .from(contentVersion)
    .where(and(eq(contentVersion.pageId, pageId), eq(contentVersion.language, language)));
  const actor = actorOf(caller);
  const row = {
    pageId,
    language,
    version: (latest ?? 0) + 1,
    title: text.title,
    summary: text.summary,
    body: text.body,
    restoredFromVersion,
    createdByUserId: caller.id === "system" ? null : caller.id,
    createdByName: actor.name,
  };
  const [created] = await tx.insert(contentVersion).values(row).returning({ id: contentVersion.id, version: contentVersion.version });
  await tx
    .update(contentPage)
    .set({ updatedAt: sql`now()` })
    .where(eq(contentPage.id, pageId));
  return { ...created, row };
}

/** A version of this page and language, or NotFound: an unknown or foreign version id names nothing. */
export async function versionOf(tx: Transaction, pageId: string, language: PageLanguage, versionId: string) {
  const [version] = await tx
    .select()
    .from(contentVersion)
    .where(and(eq(contentVersion.id, versionId), eq(contentVersion.pageId, pageId), eq(contentVersion.language, language)));
  if (!version) throw new NotFound(`content version ${versionId}`);
  return version;
}
