import { cache } from 'react'

import { tags } from '@/cache/tags'
import type { Locale } from '@/content/locales'
import type { Settings } from '@/payload-types'

import { cachedFetcher } from './cache'
import { payloadClient } from './payload'
import type { Viewer } from './viewer'

/** The organisation's name, boilerplate and press contacts. */
export const getSettings = cache(
  cachedFetcher(
    'settings',
    () => [tags.all, tags.settings],
    async (_viewer: Viewer, locale: Locale = 'en'): Promise<Settings> => {
      const payload = await payloadClient()
      return payload.findGlobal({
        slug: 'settings',
        locale,
        fallbackLocale: 'en',
        depth: 0,
        overrideAccess: false,
      })
    },
  ),
)
