/**
 * Answers of the list search remembered, each with the index's count of writes when it was
 * taken (./schema.ts `LIST_SEARCH_WRITES`, raised by every trigger): an answer is good while that
 * count has not moved. The oldest goes first past `size`. What an admin asks again is common: the
 * next page of a search, another sort, back to the list after an edit elsewhere.
 */
export type Remembered<T> = {
  /** The answer remembered for `key`, if the index has not changed since (`writesNow`). */
  get: (key: string, writesNow: () => Promise<number | undefined>) => Promise<T | undefined>
  set: (key: string, writes: number, value: T) => void
}

export function remembered<T>(size: number): Remembered<T> {
  const answers = new Map<string, { writes: number; value: T }>()
  return {
    async get(key, writesNow) {
      const known = answers.get(key)
      if (!known) return undefined
      return (await writesNow()) === known.writes ? known.value : undefined
    },
    set(key, writes, value) {
      answers.delete(key)
      answers.set(key, { writes, value })
      if (answers.size > size) answers.delete(answers.keys().next().value!)
    },
  }
}
