import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnalyser, type Analyser } from "./analyser";
import { readTransducer } from "./vfst";

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

let analyser: Analyser | undefined;

/** The process's Finnish analyser; the 4 MB transducer is read on first use, once. */
export function finnishAnalyser(): Analyser {
  return (analyser ??= createAnalyser(readTransducer(fs.readFileSync(dictionaryFile()))));
}
