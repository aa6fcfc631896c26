import { languageNames } from '@/content/vocabulary'
import type { Locale } from '@/content/locales'
import type { SeedData } from './schema'

/**
 * Checks the translations against the English records they translate (issue 13): every key is a
 * record of the data; a release body has the same blocks in the same places (a quote or document
 * block where the English has it, a list of as many items); descriptions and positions keep their
 * number of paragraphs and rows; key quotes exist only in the language the speech was given in;
 * and the text is in the language's script. Each problem names the record, the language and the field.
 */

type BodyNode = SeedData['releases'][number]['body'][number]

/** The letters a language is written in; the rest of a text's letters must be the minority. */
const scripts: Partial<Record<Locale, { name: string; letters: RegExp }>> = {
  ru: { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/gu },
  zh: { name: 'Han (Chinese)', letters: /\p{Script=Han}/gu },
}

/** Share of a text's letters (and Han characters) that are in the language's own script. */
export function scriptShare(text: string, locale: Locale): number {
  const script = scripts[locale]
  if (!script) return 1
  const own = text.match(script.letters)?.length ?? 0
  const all = text.match(/[\p{L}]/gu)?.length ?? 0
  return all === 0 ? 1 : own / all
}

/** "Mostly": symbols, acronyms and Latin names (A/RES/59/48, AIES) stay a minority of any text. */
const mostly = 0.5

const kindOf = (node: BodyNode) =>
  Object.keys(node)[0] as 'heading' | 'paragraph' | 'list' | 'quote' | 'document'

/** Why a translated block does not stand where the English one does, if it does not. */
function blockMismatch(english: BodyNode, translated: BodyNode): string | undefined {
  const [a, b] = [kindOf(english), kindOf(translated)]
  if (a !== b) return `is a ${b} block where the English has a ${a} block`
  if ('list' in english && 'list' in translated && english.list.length !== translated.list.length)
    return `has ${translated.list.length} items, the English list ${english.list.length}`
  if ('quote' in english && 'quote' in translated) {
    const [x, y] = [english.quote, translated.quote]
    if (x.speech !== y.speech || x.index !== y.index)
      return `quotes ${y.speech} #${y.index}, the English ${x.speech} #${x.index}`
  }
  if ('document' in english && 'document' in translated && english.document !== translated.document)
    return `cites "${translated.document}", the English "${english.document}"`
  return undefined
}

export function translationProblems(data: SeedData): string[] {
  const problems: string[] = []
  for (const [locale, byCollection] of Object.entries(data.translations) as [
    Locale,
    typeof data.translations.ru,
  ][]) {
    if (!byCollection) continue
    const language = languageNames[locale]
    const script = scripts[locale]
    for (const [collection, records] of Object.entries(byCollection)) {
      const english = new Map(
        (data[collection as keyof typeof byCollection] as { key: string }[]).map((r) => [r.key, r]),
      )
      for (const [key, translation] of Object.entries(records as Record<string, object>)) {
        const at = `${collection} "${key}" (${locale})`
        const source = english.get(key) as Record<string, unknown> | undefined
        if (!source) {
          problems.push(`${at}: is not a record of the English data`)
          continue
        }
        const walk = (value: unknown, path: string) => {
          if (typeof value === 'string') {
            const share = scriptShare(value, locale)
            if (script && share < mostly)
              problems.push(
                `${at}: ${path} is not ${language}: ${Math.round(share * 100)}% of its letters are ${script.name}`,
              )
          } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}.${i}`))
          else if (value && typeof value === 'object')
            for (const [field, item] of Object.entries(value))
              if (field !== 'quote' && field !== 'document') walk(item, path ? `${path}.${field}` : field)
        }
        walk(translation, '')
        const t = translation as Record<string, unknown>
        const sameLength = (field: string, what: string, englishList: unknown[] | undefined) => {
          const list = t[field] as unknown[] | undefined
          if (list && list.length !== (englishList?.length ?? 0))
            problems.push(
              `${at}: ${field} has ${list.length} ${what}, the English ${englishList?.length ?? 0}`,
            )
        }
        if (collection === 'releases') {
          const body = source.body as BodyNode[]
          const translated = t.body as BodyNode[]
          translated.forEach((node, i) => {
            const englishNode = body[i]
            const mismatch = englishNode
              ? blockMismatch(englishNode, node)
              : 'has no English block to stand for'
            if (mismatch) problems.push(`${at}: body.${i} ${mismatch}`)
          })
          if (translated.length < body.length)
            problems.push(
              `${at}: body has ${translated.length} blocks, the English ${body.length}: body.${translated.length} (a ${kindOf(body[translated.length]!)} block) is missing`,
            )
        }
        if (collection === 'events') {
          sameLength('description', 'paragraphs', source.description as unknown[])
          const noted = new Set(
            (source.participation as { participant: string; note?: string }[])
              .filter((entry) => entry.note)
              .map((entry) => entry.participant),
          )
          for (const participant of Object.keys((t.participation as object | undefined) ?? {}))
            if (!noted.has(participant))
              problems.push(`${at}: participation.${participant} has no English note to translate`)
          if (t.livestream && !(source.livestream as { note?: string } | undefined)?.note)
            problems.push(`${at}: livestream has no English note to translate`)
        }
        if (collection === 'participants') sameLength('positions', 'positions', source.positions as unknown[])
        if (collection === 'speeches' && t.quotes) {
          if (source.language !== locale)
            problems.push(
              `${at}: quotes are quoted as given (the speech was given in ${languageNames[source.language as Locale]}), never translated`,
            )
          else sameLength('quotes', 'quotes', source.quotes as unknown[])
        }
      }
    }
  }
  return problems
}
