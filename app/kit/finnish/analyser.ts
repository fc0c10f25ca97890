import { baseForm, compoundParts, isValidReading } from "./readings";
import type { Transducer } from "./vfst";

/** What search needs of a Finnish word: its base forms and the base forms of its compound parts. */
export interface WordAnalysis {
  /** Base forms of every reading, lower case ("ohjauksessa" → ohjaus). Empty for unknown words. */
  baseForms: string[];
  /** Compound parts' base forms of every reading ("aikuiskoulutukseen" → aikuinen, koulutus). */
  parts: string[];
}

/** libvoikko reads at most 99 outputs of a word; so do we, so that the results agree. */
const MAX_READINGS = 99;
const MAX_WORD_LENGTH = 255;

export interface Analyser {
  analyse(word: string): WordAnalysis;
  /** Raw transducer outputs that pass the reading rules (for tests against libvoikko). */
  readings(word: string): string[];
}

/**
 * Analyses words with a voikko-fi transducer, with a bounded cache: indexing meets the same words
 * again and again, and a cached word costs a map look-up instead of a walk through the transducer.
 */
export function createAnalyser(transducer: Transducer, cacheSize = 50_000): Analyser {
  const cache = new Map<string, WordAnalysis>();
  const readings = (word: string) =>
    word.length === 0 || word.length > MAX_WORD_LENGTH ? [] : transducer.outputs(word.toLowerCase(), MAX_READINGS).filter(isValidReading);
  return {
    readings,
    analyse(word) {
      const key = word.toLowerCase();
      const hit = cache.get(key);
      if (hit) {
        // Least recently used first: re-inserting moves the word to the end of the map's order.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const outputs = readings(key);
      const analysis: WordAnalysis = {
        baseForms: unique(outputs.map(baseForm)),
        parts: unique(outputs.flatMap(compoundParts)),
      };
      cache.set(key, analysis);
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      return analysis;
    },
  };
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();

/**
 * The terms a word is indexed and searched by: its base forms and compound parts. Voikko knows
 * "TE-toimisto" only without the hyphenated prefix, so an unknown hyphenated word is read piece by
 * piece: "te-toimistoon" → te-toimisto, te, toimisto. Empty for a word Voikko does not know.
 */
export function searchTerms(analyser: Analyser, word: string): string[] {
  const whole = analyser.analyse(word);
  if (whole.baseForms.length > 0 || !word.includes("-")) return unique([...whole.baseForms, ...whole.parts]);
  const pieces = word.toLowerCase().split("-").filter(Boolean);
  if (pieces.length < 2) return [];
  const analyses = pieces.map((piece) => analyser.analyse(piece));
  const lastBases = analyses.at(-1)!.baseForms;
  if (lastBases.length === 0) return [];
  const prefix = pieces.slice(0, -1).join("-");
  const parts = analyses.flatMap((a, i) => (a.baseForms.length ? [...a.baseForms, ...a.parts] : [pieces[i]]));
  return unique([...lastBases.map((base) => `${prefix}-${base}`), ...parts]);
}

/**
 * Base forms of the words one typo away from an unknown word: two neighbouring letters swapped
 * ("neuovnta" → neuvonta) or one letter too many ("opintottuki" → opintotuki). Letters left out or
 * mistyped would need some 60 analyses per letter, too many for a query; trigram similarity covers
 * part of them.
 */
export function typoCorrections(analyser: Analyser, word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 5 || analyser.analyse(w).baseForms.length > 0) return [];
  const candidates = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) candidates.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 0; i < w.length; i++) candidates.add(w.slice(0, i) + w.slice(i + 1));
  candidates.delete(w);
  return unique([...candidates].flatMap((candidate) => analyser.analyse(candidate).baseForms));
}
