import { z } from 'zod'

/**
 * The caches in front of the web server that a content change purges by surrogate key
 * (src/cache/cdn.ts): one or more Varnish servers, Fastly, Cloudflare, any together.
 * Read by src/server/env.ts with the rest of the configuration.
 */
export type CdnTarget =
  | { kind: 'varnish'; urls: string[]; secret: string }
  | { kind: 'fastly'; serviceId: string; token: string }
  | { kind: 'cloudflare'; zoneId: string; token: string }

const text = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)

const urlList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((url) => url.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.url({
        protocol: /^https?$/,
        error: 'must be a comma-separated list of http(s) URLs such as http://varnish:80',
      }),
    ),
  )

export const cdnVariables = {
  VARNISH_URL: text.pipe(urlList.optional()),
  VARNISH_PURGE_SECRET: text.pipe(
    z.string().min(32, 'must be at least 32 characters long (try: openssl rand -hex 32)').optional(),
  ),
  FASTLY_SERVICE_ID: text,
  FASTLY_API_TOKEN: text,
  CLOUDFLARE_ZONE_ID: text,
  CLOUDFLARE_API_TOKEN: text,
}

type Vars = { [Name in keyof typeof cdnVariables]?: z.infer<(typeof cdnVariables)[Name]> }

/** Variables that only work in pairs: the first missing one, and what it is for. */
const pairs = [
  ['VARNISH_URL', 'VARNISH_PURGE_SECRET', 'the secret Varnish checks on a purge'],
  ['FASTLY_SERVICE_ID', 'FASTLY_API_TOKEN', 'both name the Fastly service to purge'],
  ['CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_API_TOKEN', 'both name the Cloudflare zone to purge'],
] as const

/** The first half-configured cache as [variable, message], if any. */
export function cdnProblem(vars: Vars): [string, string] | undefined {
  for (const [first, second, why] of pairs) {
    const a = vars[first]
    const b = vars[second]
    const hasA = Array.isArray(a) ? a.length > 0 : Boolean(a)
    if (hasA && !b) return [second, `is required when ${first} is set (${why})`]
    if (!hasA && b) return [first, `is required when ${second} is set (${why})`]
  }
  return undefined
}

export function cdnTargets(vars: Vars): CdnTarget[] {
  const targets: CdnTarget[] = []
  if (vars.VARNISH_URL?.length && vars.VARNISH_PURGE_SECRET)
    targets.push({ kind: 'varnish', urls: vars.VARNISH_URL, secret: vars.VARNISH_PURGE_SECRET })
  if (vars.FASTLY_SERVICE_ID && vars.FASTLY_API_TOKEN)
    targets.push({ kind: 'fastly', serviceId: vars.FASTLY_SERVICE_ID, token: vars.FASTLY_API_TOKEN })
  if (vars.CLOUDFLARE_ZONE_ID && vars.CLOUDFLARE_API_TOKEN)
    targets.push({ kind: 'cloudflare', zoneId: vars.CLOUDFLARE_ZONE_ID, token: vars.CLOUDFLARE_API_TOKEN })
  return targets
}
