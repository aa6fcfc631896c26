import type { MetadataRoute } from 'next'

import { siteOrigin } from '@/site/seo'

// SERVER_URL is read when served, not baked in at build time.
export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/*/search'] }],
    sitemap: `${siteOrigin()}/sitemap.xml`,
  }
}
