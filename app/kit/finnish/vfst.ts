/**
 * A reader for Voikko's unweighted finite-state transducer files (VFST), the format of the voikko-fi
 * morphology dictionary (decision 0185). Pure TypeScript over the file's bytes, so Finnish analysis
 * needs no system library.
 *
 * Layout: a 16-byte header (two magic numbers, then a byte that is 1 for weighted files); a symbol
 * count (uint16) and that many NUL-terminated UTF-8 symbols; padding to 8 bytes; then 8-byte
 * transition cells. Symbol 0 is epsilon, then come flag diacritics (`@P.FEATURE.VALUE@`), then
 * single characters, then multi-character tags (`[Ln]`). A state is the index of its first cell:
 * input symbol (uint16, 0xFFFF marks a final state), output symbol (uint16), target state (24 bits)
 * and, in the first cell only, the number of further cells (8 bits; 255 means that the next cell
 * holds the real count as a uint32).
 */

const MAGIC_1 = 0x00013a6e;
const MAGIC_2 = 0x000351fa;
const FINAL = 0xffff;
const NEUTRAL = 0;
const ANY = 1;
/** Steps allowed between two outputs before a word is given up (libvoikko's limit, so results agree). */
const MAX_STEPS = 100_000;

type FlagOperation = "P" | "C" | "U" | "R" | "D";
interface Flag {
  op: FlagOperation;
  feature: number;
  value: number;
}

export interface Transducer {
  /** Output strings of the word (already in lower case), in the transducer's order, at most `limit`. */
  outputs(word: string, limit: number): string[];
}

export interface SamplingTransducer extends Transducer {
  /**
   * One surface form the transducer accepts, found by a depth-first walk that tries each state's
   * cells from a random one on (`random` gives [0, 1)); null when the walk gives up. For generated
   * test and benchmark text: real inflected and compound forms, reproducible with a seeded `random`.
   */
  sample(random: () => number, options: SampleOptions): string | null;
}

export interface SampleOptions {
  minLength: number;
  maxLength: number;
  /** Output symbols (tags such as `[Le]` or `[Fkin]`) whose paths the walk does not take. */
  avoid?: (outputSymbol: string) => boolean;
}

export function readTransducer(bytes: Uint8Array): SamplingTransducer {
  // Copy to a fresh, aligned buffer so that typed-array views over the cells are possible.
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(0, true) !== MAGIC_1 || view.getUint32(4, true) !== MAGIC_2) {
    throw new Error("Not a little-endian VFST file");
  }
  if (data[8] === 1) throw new Error("Weighted VFST files are not supported");

  const symbolCount = view.getUint16(16, true);
  const decoder = new TextDecoder();
  const symbols: string[] = [];
  let pos = 18;
  for (let i = 0; i < symbolCount; i++) {
    const end = data.indexOf(0, pos);
    symbols.push(decoder.decode(data.subarray(pos, end)));
    pos = end + 1;
  }
  pos = Math.ceil(pos / 8) * 8;

  const flags: Flag[] = [];
  const features = new Map<string, number>();
  const values = new Map<string, number>([
    ["", NEUTRAL],
    ["@", ANY],
  ]);
  const idOf = (map: Map<string, number>, key: string) => {
    let id = map.get(key);
    if (id === undefined) map.set(key, (id = map.size));
    return id;
  };
  let firstChar = 1;
  while (firstChar < symbolCount && symbols[firstChar].startsWith("@")) {
    const body = symbols[firstChar].slice(3, -1);
    const dot = body.indexOf(".");
    flags[firstChar] = {
      op: symbols[firstChar][1] as FlagOperation,
      feature: idOf(features, dot < 0 ? body : body.slice(0, dot)),
      value: idOf(values, dot < 0 ? "@" : body.slice(dot + 1)),
    };
    firstChar++;
  }
  const charSymbol = new Map<string, number>();
  for (let i = firstChar; i < symbolCount && !symbols[i].startsWith("["); i++) charSymbol.set(symbols[i], i);

  const cellCount = (data.byteLength - pos) / 8;
  const halves = new Uint16Array(data.buffer, data.byteOffset + pos, cellCount * 4);
  const words = new Uint32Array(data.buffer, data.byteOffset + pos, cellCount * 2);
  /** Cells of states with many of them, by input character, built when a walk first meets the state. */
  interface StateIndex {
    other: Uint32Array;
    byChar: Map<number, Uint32Array>;
  }
  // Per state: 0 not yet seen, -1 few cells, else 1 + the position of its index (a typed array: a
  // Map lookup on every visited state cost a third of the walk).
  const stateIndexSlot = new Int32Array(cellCount);
  const stateIndexes: StateIndex[] = [];
  const indexOf = (state: number): StateIndex | null => {
    const slot = stateIndexSlot[state];
    if (slot !== 0) return slot < 0 ? null : stateIndexes[slot - 1];
    const overflow = words[state * 2 + 1] >>> 24 === 255;
    const last = overflow ? words[(state + 1) * 2] + 1 : words[state * 2 + 1] >>> 24;
    if (last < 16) {
      stateIndexSlot[state] = -1;
      return null;
    }
    const other: number[] = [];
    const byChar = new Map<number, number[]>();
    for (let k = 0; k <= last; k++) {
      if (k === 1 && overflow) continue;
      const cell = state + k;
      const sIn = halves[cell * 4];
      if (sIn >= firstChar && sIn !== FINAL) {
        const list = byChar.get(sIn);
        if (list) list.push(cell);
        else byChar.set(sIn, [cell]);
      } else other.push(cell);
    }
    const index = { other: Uint32Array.from(other), byChar: new Map([...byChar].map(([k, v]) => [k, Uint32Array.from(v)])) };
    stateIndexes.push(index);
    stateIndexSlot[state] = stateIndexes.length;
    return index;
  };

  /** Applies a flag diacritic if it allows passing; returns the value to restore, or -1 to block. */
  const applyFlagTo = (flagValues: Uint16Array, symbol: number): number => {
    const flag = flags[symbol];
    const current = flagValues[flag.feature];
    switch (flag.op) {
      case "P":
        flagValues[flag.feature] = flag.value;
        return current;
      case "C":
        flagValues[flag.feature] = NEUTRAL;
        return current;
      case "U":
        if (current !== NEUTRAL) return current === flag.value ? current : -1;
        flagValues[flag.feature] = flag.value;
        return current;
      case "R":
        if (flag.value === ANY) return current === NEUTRAL ? -1 : current;
        return current === flag.value ? current : -1;
      case "D":
        if (flag.value === ANY) return current === NEUTRAL ? current : -1;
        return current === flag.value ? -1 : current;
    }
  };

  // Which output symbols a sampler avoids, decided once per symbol and predicate.
  const avoided = new WeakMap<(symbol: string) => boolean, Int8Array>();
  const avoidSymbol = (symbol: number, avoid: (symbol: string) => boolean): boolean => {
    let known = avoided.get(avoid);
    if (!known) avoided.set(avoid, (known = new Int8Array(symbolCount)));
    if (known[symbol] === 0) known[symbol] = avoid(symbols[symbol]) ? 1 : -1;
    return known[symbol] === 1;
  };

  return {
    outputs(word, limit) {
      const input: number[] = [];
      for (const ch of word) {
        const symbol = charSymbol.get(ch);
        if (symbol === undefined) return [];
        input.push(symbol);
      }
      const flagValues = new Uint16Array(features.size);
      const out: number[] = [];
      const results: string[] = [];
      let steps = 0;

      const applyFlag = (symbol: number) => applyFlagTo(flagValues, symbol);

      /** Follows one cell; false stops the whole walk (enough outputs, or too many steps). */
      const visit = (cell: number, depth: number): boolean => {
        const sIn = halves[cell * 4];
        if (sIn === FINAL) {
          if (depth === input.length) {
            results.push(out.map((s) => (s >= firstChar ? symbols[s] : "")).join(""));
            steps = 0;
            if (results.length >= limit) return false;
          }
          return true;
        }
        const target = words[cell * 2 + 1] & 0xffffff;
        let go = true;
        if (sIn >= firstChar) {
          if (depth < input.length && input[depth] === sIn) {
            out.push(halves[cell * 4 + 1]);
            go = walk(target, depth + 1);
            out.pop();
          }
        } else if (sIn === 0) {
          out.push(halves[cell * 4 + 1]);
          go = walk(target, depth);
          out.pop();
        } else {
          const restore = applyFlag(sIn);
          if (restore < 0) return true;
          out.push(halves[cell * 4 + 1]);
          go = walk(target, depth);
          out.pop();
          flagValues[flags[sIn].feature] = restore;
        }
        return go;
      };

      // Depth-first, in cell order, as libvoikko walks it: the order of the outputs matters
      // because a word with very many readings is cut at `limit`. Steps count moves down and up,
      // as libvoikko's do.
      const walk = (state: number, depth: number): boolean => {
        if (++steps > MAX_STEPS) return false;
        const index = indexOf(state);
        if (index) {
          // A state with many cells: only its non-character cells and those of the next input
          // character, merged back into cell order.
          const chars = depth < input.length ? index.byChar.get(input[depth]) : undefined;
          const other = index.other;
          let i = 0;
          let j = 0;
          while (i < other.length || (chars && j < chars.length)) {
            const cell = chars && j < chars.length && (i >= other.length || chars[j] < other[i]) ? chars[j++] : other[i++];
            if (!visit(cell, depth)) return false;
          }
        } else {
          const overflow = words[state * 2 + 1] >>> 24 === 255;
          const last = overflow ? words[(state + 1) * 2] + 1 : words[state * 2 + 1] >>> 24;
          for (let k = 0; k <= last; k++) {
            if (k === 1 && overflow) continue; // the cell that holds the count
            if (!visit(state + k, depth)) return false;
          }
        }
        return ++steps <= MAX_STEPS;
      };
      walk(0, 0);
      return results;
    },

    sample(random, { minLength, maxLength, avoid }) {
      const flagValues = new Uint16Array(features.size);
      const input: number[] = [];
      let steps = 0;
      const walk = (state: number): boolean => {
        if (++steps > MAX_STEPS) return false;
        const overflow = words[state * 2 + 1] >>> 24 === 255;
        const count = 1 + (overflow ? words[(state + 1) * 2] + 1 : words[state * 2 + 1] >>> 24);
        const first = Math.floor(random() * count);
        for (let k = 0; k < count; k++) {
          const offset = (first + k) % count;
          if (offset === 1 && overflow) continue; // the cell that holds the count
          const cell = state + offset;
          const sIn = halves[cell * 4];
          const target = words[cell * 2 + 1] & 0xffffff;
          if (sIn === FINAL) {
            // Stopping at only some final states lets longer (inflected, compound) forms through.
            if (input.length >= minLength && random() < 0.4) return true;
            continue;
          }
          const sOut = halves[cell * 4 + 1];
          if (avoid && sOut >= firstChar && avoidSymbol(sOut, avoid)) continue;
          if (sIn >= firstChar) {
            if (input.length >= maxLength) continue;
            input.push(sIn);
            if (walk(target)) return true;
            input.pop();
          } else if (sIn === 0) {
            if (walk(target)) return true;
          } else {
            const restore = applyFlagTo(flagValues, sIn);
            if (restore < 0) continue;
            if (walk(target)) return true;
            flagValues[flags[sIn].feature] = restore;
          }
          if (steps > MAX_STEPS) return false;
        }
        return false;
      };
      return walk(0) ? input.map((s) => symbols[s]).join("") : null;
    },
  };
}
