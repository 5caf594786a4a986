// A small seeded generator (mulberry32) for benchmark workloads and randomized tests, so
// that every run and every implementation sees the same inputs and failures reproduce.

/** A function returning numbers in [0, 1), the same sequence for the same `seed`. */
export function seededRandom(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
