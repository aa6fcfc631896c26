import type { Field } from 'payload'

/**
 * The longest values any field accepts: far beyond what a newsroom writes, far below what costs
 * the server (issue 11: four 60 MB summaries made every later draft save 10–40× slower). A field
 * with its own `maxLength` keeps it; `withTextLimits` gives the others these.
 */
export const textLimits = {
  text: 300,
  /** Web addresses: tracking parameters make some long. */
  url: 2_000,
  slug: 200,
  textarea: 10_000,
  /** RFC 5321: 64 + @ + 189 of a 254-character path. */
  email: 254,
  /** Values of a `hasMany` text field. */
  items: 100,
  /** Per language, as JSON (a long speech in Lexical's JSON is about 1 MB). */
  richTextBytes: 2_000_000,
  /** Nodes inside nodes (nested lists); `jsonDepth` bounds any other nesting (block fields). */
  richTextDepth: 50,
  jsonDepth: 200,
} as const

export type LimitError = { path: string; message: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value, or its values per language when sent with `locale=all`: [language or '', value]. */
function variants(value: unknown, isOne: (value: unknown) => boolean): [string, unknown][] {
  if (isOne(value) || !isRecord(value)) return [['', value]]
  return Object.entries(value)
}

const at = (path: string, locale: string) => (locale ? `${path} (${locale})` : path)

function checkText(field: Field, path: string, value: unknown, out: LimitError[]): void {
  const max =
    field.type === 'email' ? textLimits.email : ('maxLength' in field && field.maxLength) || textLimits.text
  const hasMany = 'hasMany' in field && field.hasMany === true
  const isOne = (v: unknown) => typeof v === 'string' || Array.isArray(v)
  for (const [locale, one] of variants(value, isOne)) {
    if (one === null || one === undefined) continue
    const items = hasMany && Array.isArray(one) ? one : [one]
    if (items.length > textLimits.items)
      out.push({ path, message: `${at(path, locale)}: at most ${textLimits.items} values` })
    for (const item of items) {
      if (item === null || item === undefined || typeof item === 'number') continue
      if (typeof item !== 'string') {
        out.push({ path, message: `${at(path, locale)}: expected text` })
        return
      }
      if (item.length > max) {
        out.push({ path, message: `${at(path, locale)}: at most ${max} characters (got ${item.length})` })
        return
      }
    }
  }
}

/** Depth of nodes (through `children`) and of JSON, walked without recursion: a bomb is deep. */
function tooDeep(root: unknown): string | undefined {
  const stack: [unknown, number, number][] = [[root, 1, 0]]
  while (stack.length > 0) {
    const [node, json, nodes] = stack.pop()!
    if (json > textLimits.jsonDepth) return `at most ${textLimits.jsonDepth} levels of nesting`
    if (nodes > textLimits.richTextDepth) return `at most ${textLimits.richTextDepth} levels of nested nodes`
    if (typeof node !== 'object' || node === null) continue
    for (const [key, child] of Object.entries(node))
      if (typeof child === 'object' && child !== null)
        stack.push([child, json + 1, key === 'children' ? nodes + 1 : nodes])
  }
  return undefined
}

function checkRichText(path: string, value: unknown, out: LimitError[]): void {
  const isOne = (v: unknown) => isRecord(v) && 'root' in v
  for (const [locale, state] of variants(value, isOne)) {
    if (state === null || state === undefined) continue
    const depth = tooDeep(state)
    if (depth) {
      out.push({ path, message: `${at(path, locale)}: ${depth}` })
      continue
    }
    const bytes = Buffer.byteLength(JSON.stringify(state) ?? '')
    if (bytes > textLimits.richTextBytes)
      out.push({
        path,
        message: `${at(path, locale)}: at most ${textLimits.richTextBytes} bytes of rich text (got ${bytes})`,
      })
  }
}

/** Rows of an array or blocks field, per language too. */
const rowsOf = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : isRecord(value)
      ? Object.values(value).flatMap((v) => (Array.isArray(v) ? v : []))
      : []

/**
 * What in `data` (a create or update as sent, drafts and autosaves included) exceeds the limits
 * of `fields`. Only what is sent is checked: a partial update leaves the other fields alone.
 */
export function limitErrors(
  fields: Field[],
  data: unknown,
  prefix = '',
  out: LimitError[] = [],
): LimitError[] {
  if (!isRecord(data)) return out
  for (const field of fields) {
    const named = 'name' in field && typeof field.name === 'string' ? field.name : undefined
    const value = named === undefined ? undefined : data[named]
    const path = `${prefix}${named ?? ''}`
    switch (field.type) {
      case 'row':
      case 'collapsible':
        limitErrors(field.fields, data, prefix, out)
        break
      case 'tabs':
        for (const tab of field.tabs)
          if ('name' in tab && tab.name) limitErrors(tab.fields, data[tab.name], `${prefix}${tab.name}.`, out)
          else limitErrors(tab.fields, data, prefix, out)
        break
      case 'group':
        if (named === undefined) limitErrors(field.fields, data, prefix, out)
        else
          for (const [, group] of variants(value, () => !field.localized))
            limitErrors(field.fields, group, `${path}.`, out)
        break
      case 'array':
        rowsOf(value).forEach((row, i) => limitErrors(field.fields, row, `${path}.${i}.`, out))
        break
      case 'blocks':
        rowsOf(value).forEach((row, i) => {
          const slug = isRecord(row) ? row.blockType : undefined
          const block = (field.blocks ?? []).find((b) => typeof b === 'object' && b.slug === slug)
          if (block) limitErrors(block.fields, row, `${path}.${i}.`, out)
        })
        break
      case 'text':
      case 'textarea':
      case 'email':
        if (value !== undefined) checkText(field, path, value, out)
        break
      case 'richText':
        if (value !== undefined) checkRichText(path, value, out)
        break
    }
  }
  return out
}
