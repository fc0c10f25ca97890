import { sql } from "drizzle-orm";
import { db } from "../db/db.server";
import { editDistance } from "./edit-distance";
import { queryTerms } from "./query-terms";
import { synonymGroupsOf } from "./synonyms.server";
import { textArray } from "./text-match.server";
import { phrasesOf } from "./synonyms";
import { cachedQueryAnalysis } from "./query-cache.server";

/** Edits allowed in a word of this length: one in short words, two in longer ones. */
const allowedEdits = (word: string) => ([...word].length <= 5 ? 1 : 2);

/**
 * The closest word of Elo's own data (the search lexicon) to an unknown query word. Trigram similarity picks candidates through the lexicon's index; the edit distance
 * (a swap counts as one) picks among them, then the more similar.
 */
async function closestWord(term: string): Promise<string | null> {
  if ([...term].length < 4 || /\d/.test(term)) return null;
  const { rows } = await db().execute<{ word: string }>(sql`
    select word from search_lexicon where word % ${term} order by similarity(word, ${term}) desc limit 40`);
  let best: { word: string; distance: number } | null = null;
  for (const { word } of rows) {
    const distance = editDistance(term, word, allowedEdits(term));
    if (distance <= allowedEdits(term) && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word ?? null;
}

/**
 * "Did you mean": the query with each unknown word replaced by the closest known one, or null when
 * nothing would change. Words that are synonym members ("työkkäri") count as known.
 */
export async function spellingSuggestion(q: string): Promise<string | null> {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return cachedQueryAnalysis("spelling", terms.join(" "), () => suggestionFor(terms));
}

async function suggestionFor(terms: string[]): Promise<string | null> {
  const [groups, { rows: known }] = await Promise.all([
    synonymGroupsOf(terms),
    db().execute<{ word: string }>(sql`select word from search_lexicon where word = any(${textArray(terms)})`),
  ]);
  const members = new Set(groups.flat());
  const knownWords = new Set(known.map((r) => r.word));
  const phrases = phrasesOf(terms).filter((p) => members.has(p));
  const inSynonym = (term: string) => phrases.some((p) => p.split(" ").includes(term));
  const corrected = await Promise.all(terms.map(async (term) => (knownWords.has(term) || inSynonym(term) ? term : ((await closestWord(term)) ?? term))));
  return corrected.some((word, i) => word !== terms[i]) ? corrected.join(" ") : null;
}
