import { NextResponse, type NextRequest } from 'next/server'

import { isLocale } from './src/content/locales'
import { newsListKey, newsListSegment, newsQueryString, parseNewsQuery } from './src/i18n/newsFilter'
import { env } from './src/server/env'
import { isHttps, securityHeaders } from './src/server/securityHeaders'

/** Whether a path's percent-encoding is valid UTF-8 (/%ff is not). */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * Runs before every page and route. A path with broken percent-encoding (/%ff, /en/news/%ff) is
 * answered 400 here: Next.js fails to decode its route parameters and answers 500 (issue 11).
 * Then the news list: every filter gets one URL and one cache entry. A query string that is not
 * the canonical form of its filter (empty form fields, another order, malformed values, tracking
 * parameters) is redirected to it; the canonical one is served from the cached internal route
 * (app/(site)/[locale]/news-list/[filter]). That route is not a public URL; asked for directly,
 * it answers only for canonical keys, and its canonical link names the public URL.
 */
function newsList(request: NextRequest, locale: string): NextResponse {
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

const newsPath = /^\/([^/]+)\/news$/

/** Every page and API answer also carries the security headers (src/server/securityHeaders.ts). */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const locale = newsPath.exec(pathname)?.[1]
  const response = !decodes(pathname)
    ? NextResponse.json(
        { errors: [{ field: 'path', message: 'path: must be valid percent-encoded UTF-8' }] },
        { status: 400, headers: { 'Cache-Control': 'no-store' } },
      )
    : locale && isLocale(locale)
      ? newsList(request, locale)
      : NextResponse.next()
  const { isProduction, serverUrl } = env()
  for (const [name, value] of Object.entries(
    securityHeaders({ production: isProduction, https: isHttps(serverUrl) }),
  ))
    response.headers.set(name, value)
  return response
}

export const config = {
  // Not Next's build output, which it serves with its own headers. The rewritten news-list
  // request comes through again and only gets the headers.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
