import { partLabel, type Parts } from './parts'

/**
 * What changed in the English since a translation was made, part by part: the translator sees
 * the old and the new words of each changed part. The body's paragraphs are matched by their
 * text (a longest common subsequence), so that one paragraph added at the top shows as one
 * addition, not as every paragraph below it changed.
 */

export type SourceChange = {
  /** The part in the current English ('body.3'), or in the old one when it was removed. */
  key: string
  label: string
  /** The English when the translation was made; absent for an added part. */
  before?: string
  /** The English now; absent for a removed part. */
  after?: string
}

const bodyKeys = (parts: Parts) => Object.keys(parts).filter((key) => key.startsWith('body.'))
const fields = ['headline', 'dateline.place', 'summary'] as const

/** Index pairs of the longest common subsequence of two lists of strings. */
function commonPairs(a: string[], b: string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lengths[i]![j] =
        a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++])
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++
    else j++
  }
  return pairs
}

function bodyChanges(before: Parts, after: Parts): SourceChange[] {
  const oldKeys = bodyKeys(before)
  const newKeys = bodyKeys(after)
  const oldTexts = oldKeys.map((key) => before[key]!)
  const newTexts = newKeys.map((key) => after[key]!)
  const changes: SourceChange[] = []
  // Between two matched paragraphs, the unmatched old and new ones pair up as edits.
  const gap = (i0: number, i1: number, j0: number, j1: number) => {
    for (let k = 0; k < Math.max(i1 - i0, j1 - j0); k++) {
      const oldKey = i0 + k < i1 ? oldKeys[i0 + k] : undefined
      const newKey = j0 + k < j1 ? newKeys[j0 + k] : undefined
      const key = (newKey ?? oldKey)!
      changes.push({
        key,
        label: partLabel(key),
        ...(oldKey && { before: before[oldKey] }),
        ...(newKey && { after: after[newKey] }),
      })
    }
  }
  let i = 0
  let j = 0
  for (const [mi, mj] of [...commonPairs(oldTexts, newTexts), [oldKeys.length, newKeys.length]]) {
    gap(i, mi!, j, mj!)
    i = mi! + 1
    j = mj! + 1
  }
  return changes
}

/** The parts of the English that differ from the English a translation was made from. */
export function sourceChanges(before: Parts, after: Parts): SourceChange[] {
  const changed: SourceChange[] = fields
    .filter((key) => before[key] !== after[key])
    .map((key) => ({
      key,
      label: partLabel(key),
      ...(before[key] !== undefined && { before: before[key] }),
      ...(after[key] !== undefined && { after: after[key] }),
    }))
  return [...changed, ...bodyChanges(before, after)]
}
