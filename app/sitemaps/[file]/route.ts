import { siteOrigin } from '@/site/seo'
import { parseSitemapFileName, sitemapFileXml } from '@/site/sitemap'

export const dynamic = 'force-dynamic'

/** One file of the sitemap index, e.g. /sitemaps/en-releases-1.xml; any other name is a 404. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const file = parseSitemapFileName((await params).file)
  const xml = file && (await sitemapFileXml(siteOrigin(), file))
  if (!xml) return new Response('No such sitemap file.', { status: 404 })
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
