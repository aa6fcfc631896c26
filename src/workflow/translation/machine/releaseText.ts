import type { ReleaseText } from '../parts'

/**
 * A release's English made into a machine draft's text (issue 13, item 4): the headline, the
 * dateline's place, the summary and every text node of the body are translated; the body keeps
 * its structure as it is: paragraphs, headings, lists, formatting (each text node keeps its own
 * format), links (their address stays, their words are translated), and custom blocks whole
 * (a quotation is never translated, a document stays the document).
 */

/** Node types whose contents are never sent: custom blocks carry fields, not prose; code is code. */
const keptWhole = new Set(['block', 'inlineBlock', 'code', 'upload', 'relationship', 'horizontalrule'])

type Slot = { text: string; put: (translated: string) => void }

/** Leading and trailing spaces of a text node are not the translator's: kept around its answer. */
function slot(text: string, put: (translated: string) => void): Slot | undefined {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!
  if (!/\p{L}/u.test(match[2]!)) return undefined
  return { text: match[2]!, put: (translated) => put(`${match[1]}${translated.trim()}${match[3]}`) }
}

function bodySlots(node: unknown, slots: Slot[]): void {
  if (!node || typeof node !== 'object') return
  const n = node as { type?: unknown; text?: unknown; children?: unknown }
  if (typeof n.type === 'string' && keptWhole.has(n.type)) return
  if (n.type === 'text' && typeof n.text === 'string') {
    const s = slot(n.text, (translated) => (n.text = translated))
    if (s) slots.push(s)
    return
  }
  if (Array.isArray(n.children)) for (const child of n.children) bodySlots(child, slots)
}

/**
 * The release's text in another language through `translate` (which gets every text at once
 * and answers in order). The English given is not changed; an empty field stays empty.
 */
export async function translateReleaseText(
  english: ReleaseText,
  translate: (texts: string[]) => Promise<string[]>,
): Promise<ReleaseText> {
  const out: ReleaseText = {
    headline: english.headline ?? null,
    summary: english.summary ?? null,
    dateline: { place: english.dateline?.place ?? null },
    body: english.body ? structuredClone(english.body) : null,
  }
  const slots: Slot[] = []
  const field = (key: 'headline' | 'summary') => {
    const s = out[key] ? slot(out[key], (translated) => (out[key] = translated)) : undefined
    if (s) slots.push(s)
  }
  field('headline')
  const place = out.dateline!.place
  const placeSlot = place ? slot(place, (translated) => (out.dateline = { place: translated })) : undefined
  if (placeSlot) slots.push(placeSlot)
  field('summary')
  bodySlots((out.body as { root?: unknown } | null)?.root, slots)
  if (slots.length === 0) return out
  const translated = await translate(slots.map((s) => s.text))
  slots.forEach((s, index) => s.put(translated[index] ?? s.text))
  return out
}
