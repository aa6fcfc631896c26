import { cache } from 'react'

import { tags, tagsFor } from '@/cache/tags'
import { defaultLocale, type Locale } from '@/content/locales'

import { cachedFetcher } from './cache'
import { payloadClient } from './payload'
import type { Viewer } from './viewer'

/** The organisation as the publisher of its releases: its name and mark (Settings.logo). */
export type Publisher = { name: string; logo: { url: string; width: number; height: number } | null }

/**
 * Read as the public reads it (the mark is public once chosen: src/access/publicMedia.ts), and
 * refreshed when Settings or a media file changes (the mark's file may be replaced in place).
 */
export const getPublisher = cache(
  cachedFetcher(
    'publisher',
    () => [...tagsFor('media'), tags.settings],
    async (_viewer: Viewer, locale: Locale = defaultLocale): Promise<Publisher> => {
      const payload = await payloadClient()
      const settings = await payload.findGlobal({
        slug: 'settings',
        locale,
        fallbackLocale: defaultLocale,
        depth: 1,
        overrideAccess: false,
        select: { organisationName: true, logo: true },
      })
      const mark = typeof settings.logo === 'object' ? settings.logo : null
      const logo =
        mark?.url && mark.width && mark.height && mark.mimeType?.startsWith('image/')
          ? { url: mark.url, width: mark.width, height: mark.height }
          : null
      return { name: settings.organisationName ?? '', logo }
    },
  ),
)
