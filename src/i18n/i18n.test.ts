import { describe, expect, it } from 'vitest'

import { format, messages, negotiateLocale } from '.'
import { en } from './messages/en'
import { languageAlternates, localePath } from './paths'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
}

function placeholders(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()
  if (typeof value !== 'object' || value === null) return []
  return Object.values(value).flatMap(placeholders)
}

describe('interface strings', () => {
  it.each(['ru', 'zh'] as const)(
    '%s has every English string, with the same placeholders, none left in English',
    (locale) => {
      const translated = messages(locale)
      expect(keys(translated)).toEqual(keys(en))
      expect(placeholders(translated)).toEqual(placeholders(en))
      const english = new Set(keys(en).map((key) => key))
      const same = keys(en).filter((key) => {
        const get = (source: unknown) =>
          key.split('.').reduce((node: unknown, part) => (node as Record<string, unknown>)[part], source)
        return get(translated) === get(en) && english.has(key)
      })
      // Placeholder-only or symbol-only strings may be identical.
      expect(same.filter((key) => !/period/.test(key))).toEqual([])
    },
  )

  it('fills placeholders', () => {
    expect(format(messages('ru').news.page, { page: 2, pages: 5 })).toBe('Страница 2 из 5')
  })
})

describe('languages', () => {
  it('negotiates Accept-Language, English by default', () => {
    expect(negotiateLocale('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru')
    expect(negotiateLocale('de-DE,zh-CN;q=0.8,en;q=0.5')).toBe('zh')
    expect(negotiateLocale('fr')).toBe('en')
    expect(negotiateLocale(null)).toBe('en')
  })

  it('builds prefixed paths and hreflang alternates', () => {
    expect(localePath('ru', 'news/x')).toBe('/ru/news/x')
    expect(localePath('zh')).toBe('/zh')
    expect(languageAlternates('news/x', 'https://n.example')).toEqual({
      en: 'https://n.example/en/news/x',
      ru: 'https://n.example/ru/news/x',
      zh: 'https://n.example/zh/news/x',
      'x-default': 'https://n.example/en/news/x',
    })
  })
})
