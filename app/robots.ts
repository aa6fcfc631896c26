import type { MetadataRoute } from 'next'

import { siteOrigin } from '@/site/seo'

// SERVER_URL is read when served, not baked in at build time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    // Media files stay crawlable: release pages name them as their OpenGraph and JSON-LD images.
    rules: [
      {
        userAgent: '*',
        allow: ['/', '/api/media/file/'],
        disallow: ['/admin', '/api/', '/embargo/', '/*/search'],
      },
    ],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  }
}
