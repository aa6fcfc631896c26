import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n'
import { localePath } from '@/i18n/paths'

/**
 * A titled list of links to other records; renders nothing when empty. `lang` gives 'en' for
 * an item whose label is shown in English on a Russian or Chinese page (see `fallbackLang`).
 */
export function RecordSection<T extends { id: number | string; slug?: string | null }>({
  title,
  items,
  locale,
  path,
  label,
  lang,
  extra,
}: {
  title: string
  items: T[]
  locale: Locale
  path: (slug: string) => string
  label: (item: T) => ReactNode
  lang?: (item: T) => 'en' | undefined
  extra?: (item: T) => ReactNode
}) {
  if (items.length === 0) return null
  return (
    <section className="record-section">
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.slug ? (
              <Link href={localePath(locale, path(item.slug))} lang={lang?.(item)}>
                {label(item)}
              </Link>
            ) : (
              <span lang={lang?.(item)}>{label(item)}</span>
            )}
            {extra?.(item)}
          </li>
        ))}
      </ul>
    </section>
  )
}
