import { plainText } from '@/content/lexical'
import { defaultLocale, isLocale } from '@/content/locales'

/**
 * What changed between two copies of an event, speech, participant, document or topic, in words
 * a reviewer reads ("Title: Address to the Council → Address to the Security Council"). Pure: the
 * reads live in ./linkedChanges.ts. Records are compared as read with `locale: 'all'`, so a change
 * to a translation shows too, named by its language.
 */

export type FieldChange = { field: string; from: string; to: string }

/** Bookkeeping that says nothing a reader sees, or repeats another field (the plain-text mirror). */
const ignored = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  '_status',
  'lastEditedBy',
  'firstPublishedAt',
  'editorNote',
  'fullText',
])

/** The name or title of a related record, as the admin would show it; its id otherwise. */
function nameOf(value: Record<string, unknown>): string {
  for (const key of ['title', 'name', 'filename', 'symbol']) {
    const name = value[key]
    if (typeof name === 'string' && name) return name
    // A related record read with `locale: 'all'` has its names by language.
    if (name && typeof name === 'object') {
      const byLocale = name as Record<string, unknown>
      const first = byLocale.en ?? Object.values(byLocale).find((text) => typeof text === 'string' && text)
      if (typeof first === 'string' && first) return first
    }
  }
  return `#${String(value.id)}`
}

const isJoin = (value: Record<string, unknown>) => Array.isArray(value.docs) && 'hasNextPage' in value

const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** A stored moment in words: the day alone when it is midnight UTC (a day-only field). */
function moment(iso: string): string {
  const date = new Date(iso)
  const dayOnly = iso.slice(11, 19) === '00:00:00'
  return (
    new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      ...(dayOnly ? {} : { timeStyle: 'short' }),
      timeZone: 'UTC',
    }).format(date) + (dayOnly ? '' : ' UTC')
  )
}

/** Every leaf of a record as text, by path ("positions.1.title", "title.ru"); empty values left out. */
export function flattenRecord(record: unknown): Map<string, string> {
  const leaves = new Map<string, string>()
  const walk = (value: unknown, path: string[]) => {
    if (value === null || value === undefined || value === '') return
    if (Array.isArray(value)) {
      // A hasMany relationship or select is one list of names; an array field has rows.
      if (value.every((item) => typeof item !== 'object' || item === null || isRelated(item))) {
        const names = value.map((item) => (item && typeof item === 'object' ? nameOf(item) : String(item)))
        if (names.length) leaves.set(path.join('.'), names.join(', '))
        return
      }
      value.forEach((item, index) => walk(item, [...path, String(index + 1)]))
      return
    }
    if (typeof value === 'object') {
      const object = value as Record<string, unknown>
      if (isJoin(object)) return
      if ('root' in object) {
        const text = plainText(object).trim()
        if (text) leaves.set(path.join('.'), text)
        return
      }
      if (isRelated(object)) {
        leaves.set(path.join('.'), nameOf(object))
        return
      }
      for (const [key, child] of Object.entries(object)) {
        if (ignored.has(key) || (key === 'id' && path.length > 0)) continue
        walk(child, [...path, key])
      }
      return
    }
    leaves.set(
      path.join('.'),
      typeof value === 'string' && isoMoment.test(value) ? moment(value) : String(value),
    )
  }
  walk(record, [])
  return leaves
}

/** A populated relationship: a record of its own (timestamps), not a row or a group of fields. */
function isRelated(value: object): value is Record<string, unknown> {
  return 'id' in value && ('createdAt' in value || 'updatedAt' in value)
}

const words = (key: string) => {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ')
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase()
}

/** "positions.2.title" → "Positions 2 › Title"; a language code becomes a suffix: "Title (ru)". */
export function fieldLabel(path: string): string {
  const parts = path.split('.')
  // English is the source language: only a translation names its language.
  const locales = parts.filter((part) => isLocale(part) && part !== defaultLocale)
  const label = parts
    .filter((part) => !isLocale(part))
    .map((part) => (/^\d+$/.test(part) ? part : words(part)))
    .join(' › ')
    .replace(/ › (\d+)/g, ' $1')
  return locales.length ? `${label} (${locales.join(', ')})` : label
}

const maxWords = 40
const context = 6

/**
 * The part of two long texts that differs, with a few words around it on each side, so that a
 * one-word change in a speech's full text reads as a sentence, not as two copies of the speech.
 */
export function changedPassage(from: string, to: string): { from: string; to: string } {
  const a = from.split(/\s+/).filter(Boolean)
  const b = to.split(/\s+/).filter(Boolean)
  if (a.length <= maxWords && b.length <= maxWords) return { from, to }
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++
  const cut = (list: string[]) => {
    const first = Math.max(0, start - context)
    const last = Math.min(list.length, list.length - end + context)
    const passage = list.slice(first, Math.min(last, first + maxWords))
    return `${first > 0 ? '… ' : ''}${passage.join(' ')}${first + passage.length < list.length ? ' …' : ''}`
  }
  return { from: cut(a), to: cut(b) }
}

/** The fields whose text differs between `before` (none for a new record) and `after`. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const old = before ? flattenRecord(before) : new Map<string, string>()
  const now = flattenRecord(after)
  const paths = [...new Set([...now.keys(), ...old.keys()])]
  return paths.flatMap((path) => {
    const from = old.get(path) ?? ''
    const to = now.get(path) ?? ''
    return from === to ? [] : [{ field: fieldLabel(path), ...changedPassage(from, to) }]
  })
}
