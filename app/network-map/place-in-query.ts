/**
 * A municipality named among the query words ("ohjaus kajaanissa", "uraohjaus Rovaniemi",
 * "studiehandledning i Vasa"): the search takes it as the place to rank by and searches the other
 * words (decision 0195). Pure: the caller gives the municipalities and the Finnish base forms.
 */

export interface NamedMunicipality {
  code: string;
  regionCode: string;
  nameFi: string;
  nameSv: string;
}

export interface PlaceInQuery {
  municipality: NamedMunicipality;
  /** The query without the place's words (and a Swedish or English "i", "på", "in" before them). */
  words: string;
  /** The words that named the place, as typed. */
  placeWords: string;
}

/** Prepositions that go with a place name in Swedish and English queries and mean nothing alone. */
const prepositions = new Set(["i", "på", "in"]);

const normalize = (text: string) =>
  text
    .toLocaleLowerCase("fi")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .join(" ");

/** The query's words as typed (split at spaces), with their normalized forms. */
function tokens(q: string): { typed: string; word: string }[] {
  return q
    .split(/\s+/)
    .filter(Boolean)
    .map((typed) => ({ typed, word: normalize(typed) }))
    .filter((t) => t.word !== "");
}

/**
 * Finds the first municipality the words name: a run of one or two words equal to its Finnish or
 * Swedish name, or one word whose Finnish base form is its Finnish name ("kajaanissa" → Kajaani,
 * "rovaniemellä" → Rovaniemi). `baseForms` gives a word's Finnish base forms (Voikko's analysis).
 */
export function findPlaceInQuery(q: string, municipalities: readonly NamedMunicipality[], baseForms: (word: string) => string[]): PlaceInQuery | null {
  const byName = new Map<string, NamedMunicipality>();
  for (const m of municipalities) for (const name of [m.nameFi, m.nameSv]) if (name) byName.set(normalize(name), m);
  const words = tokens(q);
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? byName.get(`${words[i].word} ${words[i + 1].word}`) : undefined;
    const one =
      byName.get(words[i].word) ??
      baseForms(words[i].word)
        .map((base) => byName.get(base))
        .find(Boolean);
    const found = two ? { municipality: two, length: 2 } : one ? { municipality: one, length: 1 } : null;
    if (!found) continue;
    const start = i > 0 && prepositions.has(words[i - 1].word) ? i - 1 : i;
    const end = i + found.length;
    return {
      municipality: found.municipality,
      words: [...words.slice(0, start), ...words.slice(end)].map((t) => t.typed).join(" "),
      placeWords: words
        .slice(i, end)
        .map((t) => t.typed)
        .join(" "),
    };
  }
  return null;
}
