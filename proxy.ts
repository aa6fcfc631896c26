import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from './src/content/locales'
import { newsListKey, newsListSegment, newsQueryString, parseNewsQuery } from './src/i18n/newsFilter'

/**
 * Gives every news-list filter one URL and one cache entry. A query string that is not the
 * canonical form of its filter (empty form fields, another order, malformed values, tracking
 * parameters) is redirected to it; the canonical one is served from the cached internal route
 * (app/(site)/[locale]/news-list/[filter]). That route is not a public URL; asked for directly,
 * it answers only for canonical keys, and its canonical link names the public URL.
 */
export function proxy(request: NextRequest) {
  const locale = request.nextUrl.pathname.split('/')[1]
  if (!isLocale(locale)) return NextResponse.next()

  // Next has already taken its own parameters (_rsc) off nextUrl.
  const given = request.nextUrl.searchParams
  const raw: Record<string, string[]> = {}
  for (const [name, value] of given) (raw[name] ??= []).push(value)
  const query = parseNewsQuery(raw)
  const canonical = newsQueryString(query)
  const text = given.toString()
  if (canonical !== (text ? `?${text}` : ''))
    return NextResponse.redirect(new URL(`/${locale}/news${canonical}`, request.url), 307)
  return NextResponse.rewrite(new URL(`/${locale}/${newsListSegment}/${newsListKey(query)}`, request.url))
}

export const config = {
  // Not the internal route: Next runs the proxy again on the rewritten request.
  matcher: ['/(en|ru|zh)/news'],
}
