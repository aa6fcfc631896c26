import { publicCacheControl } from '@/cache/tags'
import { listReleases } from '@/data/releases'
import { publicViewer } from '@/data/viewer'
import { isLocale } from '@/i18n'
import type { HeadlineLink } from '@/site/NotFoundView.client'

/**
 * The five latest public releases of a language, for the 404 page. It asks for them in the
 * browser: Next puts a segment's not-found element into the RSC payload of every page below it,
 * so headlines rendered there travelled with every page of the site (3 KB of 53 on a release
 * page, in three languages since the element cannot know the page's), to be shown on almost none.
 * 404 for an unknown language; 503 when the database cannot answer (the page shows no list).
 */
export async function latestHeadlinesResponse(rawLocale: string): Promise<Response> {
  if (!isLocale(rawLocale))
    return Response.json({ error: 'locale: not a language of the site' }, { status: 404 })
  try {
    const { docs } = await listReleases(publicViewer, { locale: rawLocale, limit: 5 })
    const links: HeadlineLink[] = docs.map(({ slug, headline, headlineLang }) => ({
      slug,
      headline,
      ...(headlineLang && { lang: headlineLang }),
    }))
    return Response.json(links, { headers: { 'Cache-Control': publicCacheControl } })
  } catch (error) {
    // Said once here, as the site's frame does for its settings: the page itself just shows no list.
    console.error('[site] latest headlines unavailable:', error instanceof Error ? error.message : error)
    return Response.json(
      { error: 'The latest headlines are unavailable.' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    )
  }
}
