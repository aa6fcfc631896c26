import { after } from 'next/server'

import type { CdnTarget } from '@/server/cdnEnv'
import { env } from '@/server/env'

/**
 * Purges surrogate keys (src/cache/surrogateHeaders.mjs) in the caches in front of the web server.
 * Called for the tags Next has just expired (src/cache/revalidate.ts), so a cache in front
 * drops exactly the pages Next will render afresh, and no other.
 */
export interface CdnPurger {
  readonly name: string
  /** Resolves when the cache confirmed the purge; rejects with a sentence otherwise. */
  purge(keys: readonly string[], fetchImpl: typeof fetch, signal: AbortSignal): Promise<void>
}

async function expectOk(response: Response, what: string): Promise<void> {
  if (response.ok) return
  const text = (await response.text().catch(() => '')).slice(0, 200)
  throw new Error(`${what} answered ${response.status}${text ? `: ${text}` : ''}`)
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/**
 * Varnish with the shipped configuration (deploy/varnish/default.vcl): a `PURGE` carrying the
 * keys in `xkey-purge` and the shared secret in `X-Purge-Secret`, to every Varnish server.
 */
export function varnishPurger(urls: readonly string[], secret: string): CdnPurger {
  return {
    name: 'varnish',
    async purge(keys, fetchImpl, signal) {
      await Promise.all(
        urls.map(async (url) => {
          const response = await fetchImpl(`${url}/`, {
            method: 'PURGE',
            headers: { 'xkey-purge': keys.join(' '), 'X-Purge-Secret': secret },
            signal,
          })
          await expectOk(response, `Varnish at ${url}`)
        }),
      )
    },
  }
}

/**
 * Fastly's purge by surrogate key (https://www.fastly.com/documentation/reference/api/purging/):
 * at most 256 keys a request. Tested against a fake fetch only.
 */
export function fastlyPurger(serviceId: string, token: string): CdnPurger {
  return {
    name: 'fastly',
    async purge(keys, fetchImpl, signal) {
      for (const batch of chunks(keys, 256)) {
        const response = await fetchImpl(
          `https://api.fastly.com/service/${encodeURIComponent(serviceId)}/purge`,
          {
            method: 'POST',
            headers: { 'Fastly-Key': token, 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ surrogate_keys: batch }),
            signal,
          },
        )
        await expectOk(response, 'Fastly')
      }
    },
  }
}

/**
 * Cloudflare's purge by cache tag
 * (https://developers.cloudflare.com/api/resources/cache/methods/purge/): at most 30 tags a
 * request on every plan. Tested against a fake fetch only.
 */
export function cloudflarePurger(zoneId: string, token: string): CdnPurger {
  return {
    name: 'cloudflare',
    async purge(keys, fetchImpl, signal) {
      for (const batch of chunks(keys, 30)) {
        const response = await fetchImpl(
          `https://api.cloudflare.com/client/v4/zones/${encodeURIComponent(zoneId)}/purge_cache`,
          {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ tags: batch }),
            signal,
          },
        )
        await expectOk(response, 'Cloudflare')
      }
    },
  }
}

export function purgerFor(target: CdnTarget): CdnPurger {
  switch (target.kind) {
    case 'varnish':
      return varnishPurger(target.urls, target.secret)
    case 'fastly':
      return fastlyPurger(target.serviceId, target.token)
    case 'cloudflare':
      return cloudflarePurger(target.zoneId, target.token)
  }
}

export type PurgeOutcome = { cdn: string; ok: true } | { cdn: string; ok: false; error: string }

/**
 * Purges the keys everywhere configured, each cache within `timeoutMs`. Never throws: a failed
 * purge is logged, and the page then expires there on its own (`s-maxage`, src/cache/tags.ts).
 */
export async function purgeCdn(
  keys: readonly string[],
  {
    targets = env().cdn,
    fetchImpl = fetch,
    timeoutMs = 3_000,
  }: { targets?: CdnTarget[]; fetchImpl?: typeof fetch; timeoutMs?: number } = {},
): Promise<PurgeOutcome[]> {
  if (keys.length === 0) return []
  return Promise.all(
    targets.map(async (target): Promise<PurgeOutcome> => {
      const purger = purgerFor(target)
      try {
        await purger.purge(keys, fetchImpl, AbortSignal.timeout(timeoutMs))
        return { cdn: purger.name, ok: true }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        console.error(`[cdn] could not purge ${keys.join(' ')} in ${purger.name}: ${message}`)
        return { cdn: purger.name, ok: false, error: message }
      }
    }),
  )
}

/**
 * Inside a Next request, once its response is sent (`after`). Next starts the request's tag
 * expirations before it sends the response (next/dist/server/revalidation-utils.js, handed to
 * waitUntil): in memory they are done by then, and a shared cache handler's write has a
 * head start of the whole response. A reader the cache in front sends on after the purge
 * therefore gets the new page. The save that caused it never waits for the purge.
 */
export function purgeCdnAfterResponse(keys: readonly string[]): void {
  if (env().cdn.length === 0 || keys.length === 0) return
  after(() => purgeCdn(keys))
}
