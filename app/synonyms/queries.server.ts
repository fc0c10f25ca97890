import { asc, eq } from "drizzle-orm";
import { db } from "../kit/db/db.server";
import type { Language } from "../kit/i18n/languages";
import { searchSynonymGroup } from "./schema.server";

export type SynonymGroup = typeof searchSynonymGroup.$inferSelect;

/** A language's synonym groups, in the order of their first member. */
export async function synonymGroups(language: Language): Promise<SynonymGroup[]> {
  const rows = await db().select().from(searchSynonymGroup).where(eq(searchSynonymGroup.language, language)).orderBy(asc(searchSynonymGroup.createdAt));
  return rows.sort((a, b) => a.words[0].localeCompare(b.words[0], language));
}
