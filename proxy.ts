import { NextResponse, type NextRequest } from 'next/server'

import { collabSource } from './src/content/collabAddress'
import { isLocale } from './src/content/locales'
import { newsListKey, newsListSegment, newsQueryString, parseNewsQuery } from './src/i18n/newsFilter'
import { env } from './src/server/env'
import { adminPath, adminPolicy } from './src/server/securityHeaders.mjs'

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

/** A fresh nonce per admin page: 16 random bytes, as CSP asks (base64, at least 128 bits). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The page's scheme and host name as the browser sees them: the Host header (nextUrl names the
 * host Next listens on, e.g. localhost for 127.0.0.1).
 */
function pageOf(request: NextRequest): { protocol: string; hostname: string } {
  const { protocol } = request.nextUrl
  try {
    return { protocol, hostname: new URL(`${protocol}//${request.headers.get('host')}`).hostname }
  } catch {
    return request.nextUrl
  }
}

/**
 * The admin's Content-Security-Policy with a nonce, in production: given to Next on the request
 * (it reads the nonce from there and puts it on every script it renders) and to the browser on
 * the response, allowing the body editor's connection to the co-editing sync server. The other
 * security headers come from next.config.mjs.
 */
function admin(request: NextRequest): NextResponse {
  if (!env().isProduction) return NextResponse.next()
  const policy = adminPolicy(nonce(), [collabSource(env().collab, pageOf(request))])
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

/**
 * Runs only where it has work (see `config.matcher`): a path with broken percent-encoding
 * (/%ff, /en/news/%ff) is answered 400 here, because Next.js fails to decode its route
 * parameters and answers 500 (issue 11); the news list gets its canonical URL; the admin its
 * nonce. Every other request, cached pages above all, never enters it.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!decodes(pathname))
    return NextResponse.json(
      { errors: [{ field: 'path', message: 'path: must be valid percent-encoded UTF-8' }] },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    )
  if (adminPath.test(pathname)) return admin(request)
  const locale = newsPath.exec(pathname)?.[1]
  if (locale && isLocale(locale)) return newsList(request, locale)
  return NextResponse.next()
}

export const config = {
  // Next matches these against the raw path and the decoded one: a path with a percent sign
  // reaches the decoding check either way. The rewritten news-list route does not match.
  matcher: ['/:path(.*%.*)', '/:locale/news', '/admin', '/admin/:path*'],
}
