/**
 * Reads the transducer's output for a Finnish word (decision 0185). An output interleaves tags and
 * text: `[Ln][Xp]koulutus[X]koulutu[Sill][Ny]kseen` is a noun (`[Ln]`) whose base form is in
 * `[Xp]…[X]`, then its surface text with case and number tags. Compounds join such parts with
 * `[Bh][Bc]`; derivations give the derived word's base in `[Xj]…[X]`. The rules below follow the
 * meaning of voikko-fi's tags as libvoikko's Finnish analyser reads them, so that the base forms
 * agree with libvoikko's (measured against a reference list, see the test), but only in lower case:
 * search needs no capitalisation.
 */

const VOWELS = "aeiouyäö";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** Whether an output is a real reading: hyphens at compound boundaries where Finnish needs them, etc. */
export function isValidReading(s: string): boolean {
  let beforeLast = "";
  let last = "";
  let boundary = false;
  let hyphen = false;
  let hyphenFree = false;
  let hyphenFreeJustSet = false;
  let hyphenNeeded = false;
  let neededHyphenMissing = false;
  let properNounStart = false;
  let commonNounEnd = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "[") {
      if (i + 2 >= s.length) return false;
      if (i + 3 < s.length) {
        const kind = s[i + 1];
        const code = s.slice(i + 2, i + 4);
        if (kind === "I") {
          if (code === "sf") hyphenFree = hyphenFreeJustSet = true;
          else if (code === "cu") {
            boundary = false;
            hyphenFree = hyphenNeeded = true;
          } else if (code === "ca") neededHyphenMissing = commonNounEnd = false;
        } else if (kind === "L") {
          if (code[0] === "e") {
            properNounStart = true;
            commonNounEnd = false;
          } else if (code[0] === "n") commonNounEnd = true;
        } else if (kind === "D" && code[0] === "g") properNounStart = false;
      }
      if (s[i + 1] === "X") {
        while (i + 3 < s.length) {
          i++;
          if (s.startsWith("[X]", i)) {
            i += 2;
            break;
          }
        }
      } else if (s.startsWith("Bh", i + 1)) {
        i += 3;
        boundary = true;
        hyphen = false;
        if (neededHyphenMissing) return false;
        if (hyphenNeeded) neededHyphenMissing = true;
      } else {
        while (++i < s.length && s[i] !== "]");
      }
    } else if (c === "-") {
      properNounStart = commonNounEnd = false;
      if (i + 5 < s.length && s.startsWith("[Bh]", i + 1)) {
        boundary = hyphen = true;
        i += 4;
      }
    } else {
      if (boundary) {
        if (last === "" || (beforeLast === "i" && last === "s")) hyphenFree = true;
        if (hyphenNeeded && hyphen) hyphenNeeded = false;
        if (!(hyphenFree && hyphen)) {
          const before = last.toLowerCase();
          // Two equal vowels or a digit before the boundary need a hyphen (linja-auto); others must not have one.
          const needs = (before === c.toLowerCase() && before !== "" && VOWELS.includes(before)) || isDigit(before);
          if (needs !== hyphen) return false;
        }
        boundary = false;
        if (hyphenFreeJustSet) hyphenFreeJustSet = false;
        else hyphenFree = false;
      }
      beforeLast = last;
      last = c;
    }
  }
  return !neededHyphenMissing && (!properNounStart || !commonNounEnd);
}

/** The base form of a numeral reading (after `[Lu]`), or null when the ordinary rules apply. */
function numeralBase(s: string): string | null {
  let inBase = false;
  let skip = false;
  let inTag = false;
  let inDigits = isDigit(s[0]) || s[0] === "-";
  let basePassed = false;
  let base = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "[") {
      if (inDigits) {
        inDigits = false;
        basePassed = true;
      }
      if (i + 2 >= s.length) return null;
      const long = i + 6 < s.length;
      if (long && (s.startsWith("[Xp]", i) || s.startsWith("[Xj]", i))) {
        i += 3;
        inBase = true;
      } else if (long && s.startsWith("[Xr]", i)) {
        i += 3;
        skip = true;
      } else if (i + 4 === s.length && s.startsWith("[Bc]", i)) {
        return null; // an incomplete numeral is a prefix
      } else if (long && s.startsWith("[Bc]", i)) {
        i += 3;
        basePassed = false;
      } else if (long && (s.startsWith("[Ln]", i) || s.startsWith("[Ll]", i) || s.startsWith("[Lnl]", i))) {
        return null;
      } else if (s.startsWith("[X]", i)) {
        if (inBase) basePassed = true;
        inBase = skip = false;
        i += 2;
      } else inTag = true;
    } else if (skip) {
      // a part that is not in the base form
    } else if (inTag) {
      if (s[i] === "]") inTag = false;
    } else if (inBase || inDigits || !basePassed || s[i] === "-") {
      base += s[i];
    }
  }
  return base;
}

/** The base form of a reading, in lower case (null if it has none). */
export function baseForm(s: string): string | null {
  let base = "";
  let xpStart = -1; // where the latest [Xp]/[Xj] text starts in s
  let xpStartInBase = 0;
  let hyphensInXp = 0;
  let inXp = false;
  let skip = false;
  let inTag = false;
  let ignoreNextDe = false;
  let placeName = false;
  let classSeen = false;
  const xpText = (from: number) => {
    let text = "";
    for (let k = from; k < s.length && s[k] !== "["; k++) if (s[k] !== "=") text += s[k];
    return text;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "[") {
      if (i + 2 >= s.length) return null;
      if (s[i + 1] === "X") {
        if (s[i + 2] === "]") {
          inXp = skip = false;
          i += 2;
        } else if (i + 6 < s.length && s[i + 3] === "]") {
          const kind = s[i + 2];
          if (kind === "p" || kind === "j") {
            i += 3;
            inXp = true;
            xpStart = i + 1;
            xpStartInBase = base.length;
            hyphensInXp = 0;
          } else if (kind === "r" || kind === "s") {
            i += 3;
            skip = true;
          }
        }
      } else if (!classSeen && i + 6 < s.length && s.startsWith("Lu]", i + 1)) {
        i += 3;
        classSeen = true;
        const numeral = numeralBase(s.slice(i + 1));
        if (numeral !== null) return (base + numeral).toLowerCase();
      } else if (s.startsWith("De]", i + 1)) {
        placeName = !ignoreNextDe;
        i += 3;
      } else {
        if (s[i + 1] === "L") {
          classSeen = true;
          placeName = false;
          ignoreNextDe = i + 3 >= s.length || (s[i + 2] !== "l" && !s.startsWith("nl", i + 2));
        }
        inTag = true;
      }
    } else if (skip) {
      // [Xr]/[Xs] text is not part of the base form
    } else if (inTag) {
      if (c === "]") inTag = false;
    } else if (inXp) {
      if (c === "-") hyphensInXp++;
    } else {
      if (c === "-") {
        if (hyphensInXp > 0) hyphensInXp--;
        else {
          // "Isolla-Britannialla": the first part of a compound place name takes its base form too,
          // but "-is" stays ("Pohjois-Suomella").
          if (placeName && xpStart >= 0 && s.slice(i - 2, i) !== "is" && s.indexOf("[Lep]", i) >= 0 && s.indexOf("[Lep]", i) + 4 < s.length) {
            base = base.slice(0, xpStartInBase) + xpText(xpStart);
          }
          xpStart = -1;
        }
        placeName = false;
      }
      base += c;
    }
  }
  if (xpStart >= 0) base = base.slice(0, xpStartInBase) + xpText(xpStart);
  return base === "" ? null : base.toLowerCase();
}

/**
 * The base forms of a reading's compound parts ("aikuiskoulutukseen" → aikuinen, koulutus), without
 * the hyphens that join them ("it-ala" → it, ala), and of the shorter compounds inside a longer one
 * ("aikuiskoulutustuesta" → aikuiskoulutus, koulutustuki), so that a search for a compound finds the
 * longer compounds that contain it. A word that is no compound has one part.
 */
export function compoundParts(s: string): string[] {
  const segments = s.split("[Bc]");
  const parts: string[] = [];
  for (let from = 0; from < segments.length; from++) {
    for (let to = from + 1; to <= segments.length; to++) {
      if (from === 0 && to === segments.length && to > 1) continue; // the whole word: its base form
      const part = baseForm(segments.slice(from, to).join("[Bc]"))?.replace(/^-+|-+$/g, "");
      if (part) parts.push(part);
    }
  }
  return parts;
}
