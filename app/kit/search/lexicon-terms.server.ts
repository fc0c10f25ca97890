import { sql } from "drizzle-orm";
import type { Database, Transaction } from "../db/db.server";
import { searchTerms, typoCorrections } from "../finnish/analyser";
import { finnishAnalyser } from "../finnish/finnish.server";
import { forgetQueryAnalyses } from "./query-cache.server";

const BATCH = 5000;
type Executor = Database | Transaction;

/**
 * Stores the Finnish base forms and compound parts of lexicon words (decision 0185). Indexing passes
 * the words its insert added (`returning word`), so a reindex analyses only words the data has never
 * had before.
 */
export async function storeLexiconTerms(executor: Executor, words: string[]): Promise<void> {
  if (words.length === 0) return;
  const analyser = finnishAnalyser();
  for (let start = 0; start < words.length; start += BATCH) {
    const batch = words.slice(start, start + BATCH).map((word) => ({ w: word, t: searchTerms(analyser, word) }));
    await executor.execute(sql`
      update search_lexicon l set terms = array(select jsonb_array_elements_text(e->'t'))
      from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) e
      where l.word = e->>'w'`);
  }
  // New words can expand query words that were cached without them.
  forgetQueryAnalyses();
}

/** At start-up: analyses the lexicon words that have no terms yet (indexed before the analysis existed). */
export async function analyseLexicon(executor: Executor): Promise<number> {
  const { rows } = await executor.execute<{ word: string }>(sql`select word from search_lexicon where terms is null`);
  await storeLexiconTerms(
    executor,
    rows.map((r) => r.word),
  );
  return rows.length;
}

/** The Finnish terms of a query word: its base forms, or none when Voikko does not know it. */
export function queryWordTerms(word: string): string[] {
  return finnishAnalyser().analyse(word).baseForms;
}

/** For a query word Voikko does not know: the base forms of the known words one typo away. */
export function queryWordCorrections(word: string): string[] {
  return typoCorrections(finnishAnalyser(), word);
}
