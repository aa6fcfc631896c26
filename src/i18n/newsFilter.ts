import { z } from 'zod'

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,120}$/)
  .optional()
  .catch(undefined)

/** The news list's query string, validated: anything malformed is ignored, never an error. */
const schema = z.object({
  topic: slug,
  event: slug,
  participant: slug,
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
})

/** A news-list filter; relationships are named by their slug. */
export type ReleaseFilter = { topic?: string; year?: number; event?: string; participant?: string }

export type NewsQuery = ReleaseFilter & { page?: number }

type Raw = Record<string, string | string[] | undefined>

export function parseNewsQuery(raw: Raw): NewsQuery {
  const first = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  )
  return schema.parse(first)
}

/** The one URL of a filter: parameters in a fixed order, empty ones left out, page 1 implied. */
export function newsQueryString(query: NewsQuery): string {
  const params = new URLSearchParams()
  if (query.topic) params.set('topic', query.topic)
  if (query.year) params.set('year', String(query.year))
  if (query.event) params.set('event', query.event)
  if (query.participant) params.set('participant', query.participant)
  if (query.page && query.page > 1) params.set('page', String(query.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/**
 * The news list is rendered at an internal route, one per canonical filter (`proxy.ts` rewrites
 * /en/news?year=2019 to /en/news-list/year=2019), so that each filter's page is cached and
 * refreshed like any other page, instead of being rendered per request for its query string.
 */
export { newsListSegment } from '@/i18n/paths'
const unfiltered = 'all'

/** The internal route's key of a filter: its canonical query string without "?", or "all". */
export function newsListKey(query: NewsQuery): string {
  return newsQueryString(query).slice(1) || unfiltered
}

/** The filter a key names, or undefined when the key is not the canonical form of one. */
export function parseNewsListKey(key: string): NewsQuery | undefined {
  const text = key === unfiltered ? '' : key
  const query = parseNewsQuery(Object.fromEntries(new URLSearchParams(text)))
  return newsListKey(query) === key ? query : undefined
}
