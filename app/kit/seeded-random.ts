/**
 * Mulberry32: a small seeded generator of numbers in [0, 1), for generated test and benchmark data
 * that must come out the same on every run. Not for anything that needs to be unpredictable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
