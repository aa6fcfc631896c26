import type { Locale } from '@/content/locales'

/**
 * Which of the newsroom's languages a query is typed in, by its letters' script: Cyrillic is
 * Russian, Han Chinese, Latin English (issue 13: "a search typed in another script offers the
 * matching language's results"). The script with the most letters wins ("ШОС SCO" is Russian);
 * undefined without letters (a symbol such as "59/48", a number). Kana alone is no language of ours.
 */
const scripts: [Locale, RegExp][] = [
  ['ru', /\p{Script=Cyrillic}/u],
  ['zh', /\p{Script=Han}/u],
  ['en', /\p{Script=Latin}/u],
]

export function queryLanguage(query: string): Locale | undefined {
  const counts = new Map<Locale, number>()
  for (const char of query.slice(0, 200)) {
    const script = scripts.find(([, pattern]) => pattern.test(char))
    if (script) counts.set(script[0], (counts.get(script[0]) ?? 0) + 1)
  }
  let best: [Locale, number] | undefined
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry
  return best?.[0]
}
