import { and, eq } from "drizzle-orm";
import { systemCaller } from "../kit/permissions/roles";
import type { Database } from "../kit/db/db.server";
import { accessibilityStatement } from "./accessibility-statement";
import { createPage } from "./commands/create-page.server";
import { publishVersion } from "./commands/publish-version.server";
import { saveVersion } from "./commands/save-version.server";
import { contentPage, contentVersion } from "./schema.server";

import { accessibilitySlug } from "./inputs";

/**
 * The accessibility statement is required by law, so every installation has one from its first
 * start. It is written only when no page has its slug: later edits by admins are never overwritten.
 */
export async function loadAccessibilityStatement(db: Database): Promise<void> {
  const caller = systemCaller("Elo");
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: contentPage.id }).from(contentPage).where(eq(contentPage.slug, accessibilitySlug));
    if (existing) return;
    const id = await createPage(caller, { slug: accessibilitySlug, section: "about", position: 0, language: "fi", text: accessibilityStatement.fi }, tx);
    const [finnish] = await tx
      .select({ id: contentVersion.id })
      .from(contentVersion)
      .where(and(eq(contentVersion.pageId, id), eq(contentVersion.language, "fi")));
    await publishVersion(caller, id, "fi", finnish.id, tx);
    for (const language of ["sv", "en"] as const) {
      const saved = await saveVersion(caller, id, language, accessibilityStatement[language], tx);
      await publishVersion(caller, id, language, saved.id, tx);
    }
  });
}
