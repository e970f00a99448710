/**
 * A small deterministic pseudo-random generator (mulberry32), so that the benchmark
 * data set is the same on every machine and every build.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** k distinct elements of an array (all of them if it is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** A shuffled copy of an array. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Creates a generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: empty array');
      return items[int(0, items.length - 1)]!;
    },
    sample: (items, k) => {
      if (k >= items.length) return shuffle(items);
      const chosen = new Set<number>();
      while (chosen.size < k) chosen.add(int(0, items.length - 1));
      return [...chosen].map((i) => items[i]!);
    },
    shuffle,
  };
}
