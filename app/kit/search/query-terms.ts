/** Query words: letters and digits, lower case, at most eight of them. */
export function queryTerms(q: string): string[] {
  return [
    ...new Set(
      q
        .toLocaleLowerCase("fi")
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0)
        .map((w) => w.slice(0, 40)),
    ),
  ].slice(0, 8);
}

/** A phrase as query words read it ("TE-toimisto" → "te toimisto"): how synonym members are kept. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .toLocaleLowerCase("fi")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(" ");
}
