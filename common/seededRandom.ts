// The one seeded random generator (mulberry32): the catalog generator, the benchmarks' bots and the fuzz tests all
// draw from it, so a seed replays the same run wherever it is used.

/** A float in [0, 1) per call, the same sequence for the same seed. Small, fast, and not for secrets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
