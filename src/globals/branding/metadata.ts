import type { Metadata } from 'next'
import type { Payload } from 'payload'

import { initialsIconUrl, readBrand } from './brand'

type Title = Metadata['title']

/** "Dashboard · Communiqué" → "Dashboard · <organisation>": the config's suffix is the fallback. */
function rebrandTitle(title: Title, swap: (text: string) => string): Title {
  if (!title || typeof title === 'string') return title ? swap(title) : title
  if ('default' in title) return { ...title, default: swap(title.default) }
  return { ...title, absolute: swap(title.absolute) }
}

/**
 * Payload's admin metadata, branded from Settings (issue 10, item 6): the tab says the
 * organisation's name instead of the config's fixed suffix (`admin.meta` is static: it is read
 * once, before the database is), and the icon is the organisation's mark, served by us, or its
 * initials drawn as a data: URL.
 */
export async function brandedMetadata(metadata: Metadata, payload: Payload): Promise<Metadata> {
  const { name, mark } = await readBrand(payload)
  const suffix = payload.config.admin.meta.titleSuffix ?? ''
  const swap = (text: string) =>
    suffix && text.endsWith(suffix) ? `${text.slice(0, -suffix.length)}· ${name}` : text
  return {
    ...metadata,
    title: rebrandTitle(metadata.title, swap),
    icons: [
      mark
        ? { rel: 'icon', url: mark.url }
        : { rel: 'icon', type: 'image/svg+xml', url: initialsIconUrl(name) },
    ],
    openGraph: {
      ...metadata.openGraph,
      siteName: name,
      ...(typeof metadata.openGraph?.title === 'string' ? { title: swap(metadata.openGraph.title) } : {}),
    },
  }
}
