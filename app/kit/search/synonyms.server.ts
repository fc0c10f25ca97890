import { sql } from "drizzle-orm";
import { db } from "../db/db.server";
import { phrasesOf, slotsOf, type Slot } from "./synonyms";

/**
 * The synonym groups (of every language: a Swedish-speaking user may type "työkkäri") with a
 * member among the query's word runs, read from the admins' list at each search so that an edit
 * applies at once; one index lookup on the members (decision 0189).
 */
export async function synonymGroupsOf(terms: string[]): Promise<string[][]> {
  if (terms.length === 0) return [];
  const { rows } = await db().execute<{ words: string[] }>(sql`
    select words from search_synonym_group where words && array[${sql.join(
      phrasesOf(terms).map((p) => sql`${p}`),
      sql`, `,
    )}]::text[]`);
  return rows.map((r) => r.words);
}

/** The query's slots with its synonyms. */
export async function querySlots(terms: string[]): Promise<Slot[]> {
  return slotsOf(terms, await synonymGroupsOf(terms));
}
