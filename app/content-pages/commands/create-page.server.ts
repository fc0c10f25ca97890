import { eq } from "drizzle-orm";
import type { CurrentUser } from "../../kit/permissions/roles";
import { recordChange } from "~/audit/public.server";
import { parseInput } from "../../kit/validation/fields";
import { actorOf, checkCodes } from "~/network-map/public.server";
import { requirePermission, throwIfIssues } from "../../kit/validation/errors";
import { pageInput, type PageInput } from "../inputs";
import { canEditContentPage } from "../permissions";
import { contentPage } from "../schema.server";
import { appendVersion, inTransaction, type Transaction } from "./shared.server";

/** A new page with its first text as a draft; nothing is public until a language is published. */
export async function createPage(caller: CurrentUser, raw: PageInput, executor?: Transaction): Promise<string> {
  const input = parseInput(pageInput, raw);
  const regionCode = input.regionCode ?? null;
  requirePermission(canEditContentPage(caller, { regionCode }), `create content page in ${regionCode ?? "national"}`);
  return inTransaction(executor, async (tx) => {
    if (regionCode) throwIfIssues(await checkCodes(tx, [{ path: "regionCode", table: "region", values: [regionCode] }]));
    const [taken] = await tx.select({ id: contentPage.id }).from(contentPage).where(eq(contentPage.slug, input.slug));
    if (taken) throwIfIssues([{ path: "slug", key: "content.validation.slugTaken" }]);
    const values = { slug: input.slug, section: input.section, regionCode, position: input.position };
    // The unique index is the last word when two editors choose the same slug at once.
    const [created] = await tx.insert(contentPage).values(values).onConflictDoNothing().returning({ id: contentPage.id });
    if (!created) throwIfIssues([{ path: "slug", key: "content.validation.slugTaken" }]);
    await recordChange(tx, { actor: actorOf(caller), entityType: "content_page", entityId: created.id, action: "create", before: null, after: values });
    const version = await appendVersion(tx, caller, created.id, input.language, input.text);
    await recordChange(tx, { actor: actorOf(caller), entityType: "content_version", entityId: version.id, action: "create", before: null, after: version.row });
    return created.id;
  });
}
