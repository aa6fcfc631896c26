import { negotiateLocale } from '@/i18n'
import { localePath } from '@/i18n/paths'

/** "/" sends readers to their language's home page (English unless the browser prefers ru or zh). */
export function GET(request: Request): Response {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  return new Response(null, {
    status: 307,
    headers: {
      Location: localePath(locale),
      Vary: 'Accept-Language',
      'Cache-Control': 'public, max-age=0, s-maxage=3600',
    },
  })
}
