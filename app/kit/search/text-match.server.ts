import { sql, type SQL } from "drizzle-orm";
import { db } from "../db/db.server";
import { queryWordCorrections, queryWordTerms } from "./lexicon-terms.server";
import { queryTerms } from "./query-terms";
import { querySlots } from "./synonyms.server";
import { cachedQueryAnalysis } from "./query-cache.server";

/**
 * Finnish-aware word matching, shared by every searchable capability (decisions 0008, 0185). A query
 * word that Voikko's Finnish dictionary knows is expanded to the words of the shared `search_lexicon`
 * that share a base form or compound part with it: "ohjauksessa" (ohjaus) finds "ohjaus",
 * "ohjausta" and "palveluohjauksen"; "palvelu" finds "työllisyyspalvelut". Other words (names,
 * typos, everyday words) keep the older expansion: Snowball's Finnish stem shortened to a root that
 * the lexicon word contains, or trigram similarity within a few typos; and, if the word is not in the
 * data at all, the words that share a base form with a known word one typo away ("neuovnta"). Documents must contain an
 * expansion of every query word. Swedish text matches through Swedish stemming as an alternative.
 */
export async function expandTerms(terms: string[]): Promise<string[][]> {
  return Promise.all(
    terms.map(async (term) => {
      const finnish = queryWordTerms(term);
      const { rows } = await db().execute<{ word: string }>(
        finnish.length ? morphologicalMatches(term, finnish) : rootAndTypoMatches(term, queryWordCorrections(term)),
      );
      return rows.map((r) => r.word);
    }),
  );
}

const morphologicalMatches = (term: string, baseForms: string[]) => sql`
  select word from search_lexicon where word = ${term} or terms && ${textArray(baseForms)}
  limit 1000`;

// Corrections (known words one typo away) count only when the word itself is not in the data:
// a name that Voikko does not know must not find lookalike words.
const rootAndTypoMatches = (term: string, corrections: string[]) => sql`
  with stemmed as (
    select coalesce((ts_lexize('finnish_stem', ${term}))[1], ${term}) as stem
  ), rooted as (
    select case when length(stem) > 7 then left(stem, length(stem) - 2)
                when length(stem) > 5 then left(stem, length(stem) - 1)
                else stem end as root from stemmed
  )
  select word from search_lexicon, rooted
  where word = ${term}
     or (length(root) >= 3 and word like '%' || root || '%')
     or (length(${term}) >= 4 and word % ${term} and similarity(word, ${term}) >= 0.4)
     or (${corrections.length > 0} and terms && ${textArray(corrections)}
         and not exists (select 1 from search_lexicon where word = ${term}))
  order by similarity(word, ${term}) desc
  limit 300`;
/**
 * The tsquery of the query words with their synonyms (decision 0189): every slot must match, a
 * slot through any of its alternatives, an alternative through all of its words' expansions. Null
 * when some slot cannot match at all.
 */
function wordQuery(terms: string[]): Promise<string | null> {
  return cachedQueryAnalysis("tsquery", terms.join(" "), () => expandedQuery(terms));
}

async function expandedQuery(terms: string[]): Promise<string | null> {
  const slots = await querySlots(terms);
  const words = [...new Set(slots.flat(2))];
  const expanded = new Map((await expandTerms(words)).map((expansion, i) => [words[i], expansion]));
  const parts: string[] = [];
  for (const slot of slots) {
    const alternatives = slot
      .filter((alternative) => alternative.every((w) => expanded.get(w)!.length > 0))
      .map((alternative) => alternative.map((w) => `(${expanded.get(w)!.map(quoteLexeme).join(" | ")})`).join(" & "));
    if (alternatives.length === 0) return null;
    parts.push(`(${alternatives.map((a) => `(${a})`).join(" | ")})`);
  }
  return parts.join(" & ");
}

const quoteLexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

export interface TextMatch {
  condition: SQL;
  rank: SQL;
  /** The tsquery of the words (with synonyms), for rankings of their own; absent for Swedish-only matches. */
  query?: SQL;
}

/** Where a document's unstemmed words (`words`) or Swedish-stemmed text (`swedishText`) match q. */
export async function textMatch(q: string, columns: { words: SQL; swedishText: SQL }): Promise<TextMatch | null> {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  const tsquery = await wordQuery(terms);
  const swedish = sql`(${columns.swedishText} @@ plainto_tsquery('swedish', ${terms.join(" ")}))`;
  if (tsquery === null) {
    return { condition: swedish, rank: sql`ts_rank(${columns.swedishText}, plainto_tsquery('swedish', ${terms.join(" ")}))` };
  }
  const words = sql`${tsquery}::tsquery`;
  return {
    condition: sql`(${columns.words} @@ ${words} or ${swedish})`,
    rank: sql`ts_rank(${columns.words}, ${words})`,
    query: words,
  };
}

/** Adds the words of some documents' unstemmed text to the shared lexicon; returns the new ones. */
export const addToLexicon = (wordsOf: SQL) => sql`
  insert into search_lexicon (word)
  select distinct lexeme from (${wordsOf}) src(words), unnest(src.words)
  where length(lexeme) between 2 and 60
  on conflict do nothing
  returning word`;

/** A text[] literal with one parameter per value (drizzle would otherwise spread the array). */
export const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

export const and = (conditions: SQL[]) => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);
