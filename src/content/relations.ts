/**
 * A relationship value as Payload gives it: the related record when it was populated (depth ≥ 1
 * and the reader may see it), else only its id. One home for reading either form.
 */
export type Id = number | string
export type Relation<T extends object> = Id | T | null | undefined

/** The id of a relationship value, populated or not; undefined when empty. */
export function idOf(value: unknown): Id | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

/** The ids of a hasMany relationship, populated or not, empty values left out. */
export function idsOf(values: readonly unknown[] | null | undefined): Id[] {
  return (values ?? []).map(idOf).filter((id): id is Id => id !== undefined)
}

/** A populated relationship, or undefined when it is only an id (unpublished or not loaded). */
export function populated<T extends object>(value: Relation<T>): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

/** The populated records of a hasMany relationship, dropping ids the reader may not see. */
export function populatedList<T extends object>(values: readonly (Id | T)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => Boolean(value) && typeof value === 'object')
}
