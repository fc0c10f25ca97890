/**
 * Query-time synonyms (decision 0189). A query is read as slots: one query word, or a run of words
 * that is a member of a synonym group ("te toimisto"). A slot is matched by any of its
 * alternatives, each a list of words that must all match ("te palvelut" → te & palvelut).
 */
export type Slot = string[][];

/** The runs of one to three consecutive words of a query, as synonym members are kept ("te toimisto"). */
export function phrasesOf(terms: string[]): string[] {
  const phrases: string[] = [];
  for (let i = 0; i < terms.length; i++) for (let n = 1; n <= 3 && i + n <= terms.length; n++) phrases.push(terms.slice(i, i + n).join(" "));
  return phrases;
}

/**
 * Reads the query words into slots, the longest member run first: with the group
 * [työkkäri, te toimisto], "te toimisto kajaani" is two slots, the group and "kajaani".
 */
export function slotsOf(terms: string[], groups: string[][]): Slot[] {
  const slots: Slot[] = [];
  for (let i = 0; i < terms.length;) {
    let matched = 0;
    let members: string[] = [];
    for (let n = Math.min(3, terms.length - i); n >= 1 && matched === 0; n--) {
      const phrase = terms.slice(i, i + n).join(" ");
      const found = groups.filter((g) => g.includes(phrase));
      if (found.length > 0) {
        matched = n;
        members = [...new Set([phrase, ...found.flat()])];
      }
    }
    if (matched === 0) {
      slots.push([[terms[i]]]);
      i++;
    } else {
      slots.push(members.map((m) => m.split(" ")));
      i += matched;
    }
  }
  return slots;
}
