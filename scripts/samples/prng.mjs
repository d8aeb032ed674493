// Seeded pseudo-random numbers so `npm run samples` writes the same data on every run.

/** mulberry32: a small, well-mixed 32-bit PRNG. Returns a function giving floats in [0, 1). */
export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** Poisson-distributed count with mean `lambda` (Knuth; fine for the small means used here). */
    poisson(lambda) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k += 1;
        p *= next();
      }
      return k;
    },
    /** Index drawn from unnormalised weights. */
    weighted(weights) {
      const sum = weights.reduce((s, w) => s + w, 0);
      let x = next() * sum;
      for (let i = 0; i < weights.length; i += 1) {
        x -= weights[i];
        if (x < 0) return i;
      }
      return weights.length - 1;
    },
    pick: (items) => items[Math.floor(next() * items.length)],
  };
}
