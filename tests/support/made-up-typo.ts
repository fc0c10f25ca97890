/**
 * A made-up word of five consonants, unknown to Voikko, and a typo of it: one letter changed in its
 * middle leaves too little in common for the search to match it (trigram similarity 1/3), but the
 * spelling suggestion finds the word (one edit). For tests of "did you mean" on a search that finds nothing.
 */
export function madeUpTypo(): { word: string; typo: string } {
  const consonants = "bcdfghjklmnpqrstvwxz";
  const letters = Array.from({ length: 5 }, () => consonants[Math.floor(Math.random() * consonants.length)]);
  const changed = consonants[(consonants.indexOf(letters[2]) + 1) % consonants.length];
  return { word: letters.join(""), typo: [...letters.slice(0, 2), changed, ...letters.slice(3)].join("") };
}
