import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { finnishAnalyser } from "./finnish.server";

/**
 * Agreement with libvoikko on a committed reference list (scripts/voikko-reference.py made it once
 * with Debian's libvoikko 4.3.1 and voikko-fi 2.5): Elo's analyser must give the same base forms for
 * at least 99 % of the words (issue 10), and the raw transducer outputs show whether the reader walks
 * the transducer as libvoikko does.
 */
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "reference/analyses.tsv");
const rows = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => {
    const [word = "", bases = "", outputs = ""] = line.split("\t");
    return { word, bases: bases ? bases.split("|") : [], outputs: outputs ? outputs.split("|") : [] };
  });

describe("the Finnish analyser against libvoikko", () => {
  it("has a reference list of at least 5,000 words, most of them known to libvoikko", () => {
    expect(rows.length).toBeGreaterThanOrEqual(5000);
    expect(rows.filter((r) => r.bases.length > 0).length).toBeGreaterThanOrEqual(5000);
  });

  it("agrees on the base forms of at least 99 % of the words", () => {
    const analyser = finnishAnalyser();
    const differences: string[] = [];
    let sameBases = 0;
    let sameOutputs = 0;
    for (const row of rows) {
      const mine = analyser.analyse(row.word).baseForms;
      if (mine.join("|") === row.bases.join("|")) sameBases++;
      else differences.push(`${row.word}: ${mine.join("|")} ≠ ${row.bases.join("|")}`);
      if ([...new Set(analyser.readings(row.word))].sort().join("|") === row.outputs.join("|")) sameOutputs++;
    }
    const percent = (n: number) => ((100 * n) / rows.length).toFixed(2);
    console.log(
      `Finnish analyser vs libvoikko, ${rows.length} words: base forms ${percent(sameBases)} %, ` +
        `transducer outputs ${percent(sameOutputs)} %` +
        (differences.length ? `\n  first differences: ${differences.slice(0, 10).join("; ")}` : ""),
    );
    expect(sameBases / rows.length).toBeGreaterThanOrEqual(0.99);
  });
});
