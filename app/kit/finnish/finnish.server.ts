import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnalyser, type Analyser } from "./analyser";
import { readTransducer, type SamplingTransducer } from "./vfst";

/**
 * The voikko-fi dictionary ships with Elo in `vendor/voikko-fi/` (GPL-2.0-or-later data, decision
 * 0185). The server runs from the project folder; the path beside the source is for tools that do not.
 */
function dictionaryFile(): string {
  const candidates = [
    path.resolve("vendor/voikko-fi/mor.vfst"),
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../vendor/voikko-fi/mor.vfst"),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error("The Finnish dictionary vendor/voikko-fi/mor.vfst is missing");
  return found;
}

let transducer: SamplingTransducer | undefined;
let analyser: Analyser | undefined;

/** The process's voikko-fi transducer; the 4 MB file is read on first use, once. */
export function finnishTransducer(): SamplingTransducer {
  return (transducer ??= readTransducer(fs.readFileSync(dictionaryFile())));
}

/** The process's Finnish analyser, with its cache of analysed words. */
export function finnishAnalyser(): Analyser {
  return (analyser ??= createAnalyser(finnishTransducer()));
}
