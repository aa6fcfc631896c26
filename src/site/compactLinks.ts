import type { RecordLink } from '@/data/shape'

import type { CompactLink } from './LinkList.client'

/** The longest start shared by every address, up to a `/`: sent once for the whole list. */
export function commonBase(hrefs: string[]): string {
  if (hrefs.length < 2) return ''
  let base = hrefs[0]!.slice(0, hrefs[0]!.lastIndexOf('/') + 1)
  for (const href of hrefs)
    while (!href.startsWith(base))
      base = base.length > 1 ? base.slice(0, base.lastIndexOf('/', base.length - 2) + 1) : ''
  return base
}

/** A list's links as compact data for LinkList (its addresses after their common start). */
export function compactLinks<T extends RecordLink>(
  items: T[],
  note?: (item: T) => string | null | undefined,
) {
  const base = commonBase(items.flatMap((item) => (item.href ? [item.href] : [])))
  return {
    base,
    items: items.map((item): CompactLink => {
      const extra = note?.(item)
      const link: CompactLink = [item.text, item.href ? item.href.slice(base.length) : 0, item.lang ?? 0]
      if (extra) link.push(extra)
      // Trailing absent parts are not sent.
      while (link.length > 1 && link.at(-1) === 0) link.pop()
      return link
    }),
  }
}
