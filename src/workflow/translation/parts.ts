import { publicCopy } from '@/content/staffMarks'

/**
 * A release's translatable text cut into parts, each compared on its own: the headline, the
 * dateline's place, the summary, and each top-level block of the body ('body.0', 'body.1', …).
 * A part is normalised text, not the editor's JSON: Lexical re-saves a node with new bookkeeping
 * (`textFormat`, `direction`) when nobody changed a word, and that must not make every
 * translation "need an update". Links keep their address and custom blocks their fields, since
 * a changed link or quoted speech is a change a translator must follow.
 */

/** Part key → its text. Ordered: headline, place, summary, then the body's blocks in order. */
export type Parts = Record<string, string>

/** The text of a release a translation follows, in one language. */
export type ReleaseText = {
  headline?: string | null
  summary?: string | null
  dateline?: { place?: string | null } | null
  body?: unknown
}

const fieldLabels: Record<string, string> = {
  headline: 'Headline',
  'dateline.place': 'Dateline place',
  summary: 'Summary',
}

/** How the desk names a part: "Headline", "Body, paragraph 3". */
export function partLabel(key: string): string {
  const block = /^body\.(\d+)$/.exec(key)
  return block ? `Body, paragraph ${Number(block[1]) + 1}` : (fieldLabels[key] ?? key)
}

/** Object keys sorted, ids left out: the same block always writes the same string. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => key !== 'id' && v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, v]) => `${JSON.stringify(key)}:${stable(v)}`)
      .join(',')}}`
  return JSON.stringify(value ?? null)
}

/** The words of one node of the body, with link addresses and block fields. */
export function nodeText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const n = node as { type?: string; text?: unknown; children?: unknown[]; fields?: unknown }
  if (typeof n.text === 'string') return n.text
  if (n.type === 'block' || n.type === 'inlineBlock') return `[${stable(n.fields)}]`
  const inner = (n.children ?? []).map(nodeText).join(n.type === 'list' ? '\n' : '')
  if (n.type === 'link' || n.type === 'autolink') {
    const url = (n.fields as { url?: unknown } | undefined)?.url
    return typeof url === 'string' && url ? `${inner} <${url}>` : inner
  }
  return inner
}

/** The parts of a release's text in one language; empty texts are left out. */
export function partsOf(text: ReleaseText): Parts {
  const parts: Parts = {}
  const put = (key: string, value: unknown) => {
    const trimmed = typeof value === 'string' ? value.trim() : ''
    if (trimmed) parts[key] = trimmed
  }
  put('headline', text.headline)
  put('dateline.place', text.dateline?.place)
  put('summary', text.summary)
  // Open suggestions are not text yet (src/content/staffMarks.ts): a proposal is no source change.
  const body = publicCopy(text.body) as { root?: { children?: unknown[] } } | null | undefined
  const blocks = body?.root?.children ?? []
  blocks.forEach((block, index) => put(`body.${index}`, nodeText(block)))
  return parts
}

export function hasParts(parts: Parts): boolean {
  return Object.keys(parts).length > 0
}

/** Whether two snapshots hold the same text, part by part. */
export function sameParts(a: Parts, b: Parts): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** Stored parts as parts; null for anything else (a JSON column holds whatever was written). */
export function asParts(value: unknown): Parts | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const entries = Object.entries(value as Record<string, unknown>)
  return entries.every(([, text]) => typeof text === 'string') ? (Object.fromEntries(entries) as Parts) : null
}
