import { siteOrigin } from '@/site/seo'
import { sitemapIndexXml } from '@/site/sitemap'

// SERVER_URL is read when served; the reads behind the index are cached by tag.
export const dynamic = 'force-dynamic'

/** The sitemap index: one file per language, section and page (src/site/sitemap.ts). */
export async function GET(): Promise<Response> {
  return new Response(await sitemapIndexXml(siteOrigin()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
