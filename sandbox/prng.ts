/**
 * mulberry32: a tiny, fast, seedable PRNG. Math.random cannot be seeded, and a run must be
 * repeatable from `--seed`.
 */
export type RandomSource = () => number;

export function createRandomSource(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
