/**
 * A small seeded generator (mulberry32): the archive must be the same for the same arguments on
 * every machine, which Math.random() cannot give. Not for anything secret.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (probability: number) => boolean
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)]!,
    chance: (probability) => next() < probability,
  }
}

/** One generator per record, so that record n is the same whatever the archive's size. */
export function recordRandom(seed: number, kind: string, index: number): Random {
  let hash = seed >>> 0
  for (const char of `${kind}:${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0
  return seededRandom(hash)
}
