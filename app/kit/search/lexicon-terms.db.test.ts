import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../db/db.server";
import { analyseLexicon } from "./lexicon-terms.server";

describe("the lexicon's Finnish terms", () => {
  it("are filled for words that have none (words indexed before, or by hand), and only for them", async () => {
    const marker = `zq${Date.now().toString(36)}`;
    await db().execute(sql`
      insert into search_lexicon (word, terms) values
        ('ohjauksessa', null), (${`${marker}palvelupisteessä`}, null), (${marker}, null), (${`${marker}x`}, '{kept}')
      on conflict (word) do update set terms = excluded.terms`);
    expect(await analyseLexicon(db())).toBeGreaterThanOrEqual(3);
    const { rows } = await db().execute<{ word: string; terms: string[] }>(
      sql`select word, terms from search_lexicon where word = 'ohjauksessa' or word like ${`${marker}%`} order by word collate "C"`,
    );
    expect(rows).toEqual([
      { word: "ohjauksessa", terms: ["ohjaus"] },
      { word: marker, terms: [] },
      { word: `${marker}palvelupisteessä`, terms: [] },
      { word: `${marker}x`, terms: ["kept"] },
    ]);
  });
});
