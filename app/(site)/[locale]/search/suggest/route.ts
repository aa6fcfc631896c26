import { z } from 'zod'

import { suggestTitles } from '@/data/search'
import { isLocale, messages } from '@/i18n'
import { clientAddress, createLimiter } from '@/server/rateLimit'
import { parseInput, queryOf } from '@/server/requestInput'
import { searchHitHref } from '@/site/searchPaths'

/**
 * GET /{locale}/search/suggest?q=…: a few public titles for what the reader has typed so far
 * (src/site/SearchSuggest.tsx), from the full-text index, which holds public records only.
 * Cached briefly by the browser (a reader types the same prefixes again); not by shared caches,
 * so that a withdrawn title stops being suggested at once everywhere else.
 */

const input = z.object({
  q: z
    .string({ error: 'must be given once, as text' })
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters'),
})

/**
 * Every request counts: a reader typing sends a few a second at most, a script thousands. Per
 * address, in this process (src/server/rateLimit.ts says why, and what a cluster would need).
 */
const limiter = createLimiter({
  windowMs: 60_000,
  freeFailures: 300,
  baseDelayMs: 0,
  maxDelayMs: 0,
  maxFailures: 300,
  maxAddresses: 10_000,
})

type Context = { params: Promise<{ locale: string }> }

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const address = clientAddress(request.headers)
  const gate = limiter.check(address)
  if (!gate.allowed)
    return Response.json(
      {
        errors: [
          { field: 'q', message: 'Too many suggestion requests from this address; try again shortly.' },
        ],
      },
      {
        status: 429,
        headers: { 'Retry-After': String(gate.retryAfterSeconds), 'Cache-Control': 'no-store' },
      },
    )
  limiter.fail(address)
  const parsed = parseInput(input, queryOf(request.url), 'query')
  if (!parsed.ok) return parsed.response
  const suggestions = (await suggestTitles(parsed.data.q, locale)).map((suggestion) => ({
    title: suggestion.title,
    href: searchHitHref(locale, suggestion.group, suggestion.slug),
    // A title in English on the Russian or Chinese site says so, as the lists do.
    ...(suggestion.lang && { lang: suggestion.lang, note: messages(locale).inEnglish }),
  }))
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'private, max-age=30' } })
}
