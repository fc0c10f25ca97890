import { sql } from "drizzle-orm";
import type { Database, Transaction } from "../db/db.server";
import { searchTerms, typoCorrections } from "../finnish/analyser";
import { finnishAnalyser } from "../finnish/finnish.server";

const BATCH = 5000;

/**
 * Gives the lexicon words that have none yet their Finnish base forms and compound parts (decision
 * 0185). Called after every lexicon insert and at start-up; only new words are analysed, so a
 * reindex costs one pass over the words the data set has never had before.
 */
export async function analyseLexicon(executor: Database | Transaction): Promise<number> {
  const { rows } = await executor.execute<{ word: string }>(sql`select word from search_lexicon where terms is null`);
  const analyser = finnishAnalyser();
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map(({ word }) => ({ w: word, t: searchTerms(analyser, word) }));
    await executor.execute(sql`
      update search_lexicon l set terms = array(select jsonb_array_elements_text(e->'t'))
      from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) e
      where l.word = e->>'w'`);
  }
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
