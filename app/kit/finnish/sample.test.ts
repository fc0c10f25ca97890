import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { finnishTransducer } from "./finnish.server";

describe("sampling voikko-fi's transducer", () => {
  const transducer = finnishTransducer();
  const sample = (seed: number, avoid?: (symbol: string) => boolean) => {
    const random = seededRandom(seed);
    return Array.from({ length: 40 }, () => transducer.sample(random, { minLength: 4, maxLength: 20, avoid })).filter((w): w is string => w !== null);
  };

  it("gives forms the transducer itself accepts, within the lengths asked", () => {
    const words = sample(7);
    expect(words.length).toBeGreaterThan(30);
    for (const word of words) {
      expect([...word].length).toBeGreaterThanOrEqual(4);
      expect([...word].length).toBeLessThanOrEqual(20);
      expect(transducer.outputs(word, 5).length).toBeGreaterThan(0);
    }
  });

  it("gives the same words for the same seed and others for another", () => {
    expect(sample(11)).toEqual(sample(11));
    expect(sample(12)).not.toEqual(sample(11));
  });

  it("does not take paths through avoided tags", () => {
    // Clitics (-kin, -kaan, -ko) only: then no reading of a sampled form may need them.
    const clitics = new Set(["[Fkin]", "[Fkaan]", "[Fko]"]);
    const words = sample(3, (symbol) => clitics.has(symbol));
    const withClitic = words.filter((w) => transducer.outputs(w, 99).every((reading) => /\[F(kin|kaan|ko)\]/.test(reading)));
    expect(withClitic).toEqual([]);
  });
});
