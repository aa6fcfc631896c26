import type { FlattenedField } from 'payload'

/**
 * Field-level three-way merge of a whole-form save (issue 15, item 1). `base` is the stored copy
 * the client started from, `current` the stored copy now, `yours` what the client sends. A field
 * the client left as it found it keeps the current value (a colleague's change survives); a field
 * only the client changed takes the client's value; a field both changed to different values is a
 * conflict. Groups and named tabs merge per sub-field; everything else (rich text, arrays, blocks,
 * lists of relations) compares as one value. Pure: the hook in src/fields/concurrentSaves.ts reads
 * the two stored copies in the locale being saved.
 */

export type Conflict = { path: string; label: string; theirs: unknown; yours: unknown }
/** `changed`: the paths the client changed from its base. */
export type MergeResult = { data: Record<string, unknown>; conflicts: Conflict[]; changed: string[] }
/** The client's answer to a conflict it was shown, by path: keep its value, or take the colleague's. */
export type Resolution = Record<string, 'mine' | 'theirs'>

type Doc = Record<string, unknown>

/** Written by Payload or by an action, never by the form's fields: not merged. */
const notMerged = new Set(['id', '_status', 'createdAt', 'updatedAt', 'deletedAt'])
const relationTypes = new Set(['relationship', 'upload'])

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function idOf(value: unknown): unknown {
  if (isObject(value) && 'relationTo' in value && 'value' in value)
    return { relationTo: value.relationTo, value: idOf(value.value) }
  if (isObject(value) && 'id' in value) return String(value.id)
  return typeof value === 'number' ? String(value) : value
}

/** One spelling per value: an empty text, an empty list and a missing value are the same; object keys sorted. */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(canonical)
  if (isObject(value)) {
    const sorted: Doc = {}
    for (const key of Object.keys(value).sort()) {
      const one = canonical(value[key])
      if (one !== null) sorted[key] = one
    }
    return sorted
  }
  return value
}

function normalised(field: FlattenedField, value: unknown): string {
  const plain = relationTypes.has(field.type) ? (Array.isArray(value) ? value.map(idOf) : idOf(value)) : value
  return JSON.stringify(canonical(plain))
}

export function labelOf(field: FlattenedField): string {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string' && label) return label
  const words = field.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function mergeFields(
  fields: FlattenedField[],
  base: Doc,
  current: Doc,
  yours: Doc,
  prefix: { path: string; label: string },
  out: { conflicts: Conflict[]; changed: string[]; resolve: Resolution },
): Doc {
  const merged: Doc = { ...yours }
  for (const field of fields) {
    const name = field.name
    if (notMerged.has(name) || !Object.hasOwn(yours, name)) continue
    if (field.type === 'join') continue
    const path = prefix.path ? `${prefix.path}.${name}` : name
    const label = prefix.label ? `${prefix.label} › ${labelOf(field)}` : labelOf(field)
    const mine = yours[name]
    if ((field.type === 'group' || field.type === 'tab') && isObject(mine)) {
      const sub = (doc: Doc) => (isObject(doc[name]) ? (doc[name] as Doc) : {})
      merged[name] = mergeFields(field.flattenedFields, sub(base), sub(current), mine, { path, label }, out)
      continue
    }
    const [b, c, y] = [base[name], current[name], mine].map((value) => normalised(field, value))
    if (y === b) {
      merged[name] = current[name]
      continue
    }
    out.changed.push(path)
    if (c === b || c === y || out.resolve[path] === 'mine') continue
    if (out.resolve[path] === 'theirs') merged[name] = current[name]
    else out.conflicts.push({ path, label, theirs: current[name], yours: mine })
  }
  return merged
}

export function threeWayMerge(
  fields: FlattenedField[],
  base: Doc,
  current: Doc,
  yours: Doc,
  resolve: Resolution = {},
): MergeResult {
  const out = { conflicts: [] as Conflict[], changed: [] as string[], resolve }
  const data = mergeFields(fields, base, current, yours, { path: '', label: '' }, out)
  return { data, conflicts: out.conflicts, changed: out.changed }
}
