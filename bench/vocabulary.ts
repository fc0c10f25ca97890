/**
 * A realistic vocabulary for the generated text: Finnish word forms that voikko-fi's transducer
 * accepts (decision 0194), found by seeded random walks through it (`Transducer.sample`), so that
 * the search index meets as many distinct inflected and compound forms as real data would bring.
 * Proper names, abbreviations, clitics (-kin, -han) and first or second person possessives
 * (-ni, -mme) are left out: guidance texts rarely have them.
 *
 * A walk costs about a millisecond, so a list is kept in bench/out/ and read again by the next run
 * with the same seed and size.
 */
import fs from "node:fs";
import path from "node:path";
import { createAnalyser } from "../app/kit/finnish/analyser";
import { finnishTransducer } from "../app/kit/finnish/finnish.server";
import { seededRandom } from "../app/kit/seeded-random";

/** Distinct word forms at the national scale: enough that the text has more than 50,000 of them. */
export const nationalVocabulary = 70_000;

const avoidedTags = new Set(["[La]", "[Fkaan]", "[Fkin]", "[Fko]", "[Ef]", "[O1m]", "[O1y]", "[O2m]", "[O2y]"]);
const avoid = (symbol: string) => avoidedTags.has(symbol) || symbol.startsWith("[Le");
const plainWord = /^[a-zåäö]+$/;

/** `count` distinct Finnish word forms (lower case) that Voikko analyses to a base form. */
export function finnishWordForms(count: number, seed = 2026): string[] {
  const cached = path.join("bench/out", `vocabulary-${seed}-${count}.txt`);
  if (fs.existsSync(cached)) return fs.readFileSync(cached, "utf8").split("\n").filter(Boolean);

  const random = seededRandom(seed);
  const transducer = finnishTransducer();
  // Its own analyser with a one-word cache: the server's analyser must not have the words cached
  // before the index meets them.
  const analyser = createAnalyser(transducer, 1);
  const words = new Set<string>();
  // A bound on the walks, so that a dictionary too small for `count` cannot loop for ever.
  for (let attempt = 0; words.size < count && attempt < count * 10; attempt++) {
    const word = transducer.sample(random, { minLength: 4, maxLength: 24, avoid });
    if (word && plainWord.test(word) && !words.has(word) && analyser.analyse(word).baseForms.length > 0) words.add(word);
  }
  const list = [...words];
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  fs.writeFileSync(cached, list.join("\n") + "\n");
  return list;
}
