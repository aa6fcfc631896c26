import { describe, expect, it, vi } from 'vitest'

import { backendsVcl, parseBackends } from '../../scripts/varnish-backends.mjs'
import { parseEnv } from '@/server/env'

import { purgeCdn } from './cdn'

const secret = 'purge-secret-0123456789abcdef0123456789'
const ok = () => vi.fn(async (_url: string, _init?: RequestInit) => new Response('ok', { status: 200 }))

describe('purgeCdn', () => {
  it('sends Varnish a PURGE with the keys and the secret, to every server', async () => {
    const fetchImpl = ok()
    const outcome = await purgeCdn(['site', 'record:press-releases:a'], {
      targets: [{ kind: 'varnish', urls: ['http://v1:80', 'http://v2:6081'], secret }],
      fetchImpl: fetchImpl as unknown as typeof fetch,
    })
    expect(outcome).toEqual([{ cdn: 'varnish', ok: true }])
    expect(fetchImpl.mock.calls.map(([url]) => url)).toEqual(['http://v1:80/', 'http://v2:6081/'])
    const init = fetchImpl.mock.calls[0]![1]!
    expect(init.method).toBe('PURGE')
    expect(init.headers).toEqual({ 'xkey-purge': 'site record:press-releases:a', 'X-Purge-Secret': secret })
  })

  it('calls Fastly’s and Cloudflare’s purge APIs in batches they accept (fake fetch, no network)', async () => {
    const fetchImpl = ok()
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`)
    await purgeCdn(keys, {
      targets: [
        { kind: 'fastly', serviceId: 'svc', token: 'ft' },
        { kind: 'cloudflare', zoneId: 'zone', token: 'ct' },
      ],
      fetchImpl: fetchImpl as unknown as typeof fetch,
    })
    const calls = fetchImpl.mock.calls.map(([url, init]) => ({
      url,
      init: init!,
      body: JSON.parse(String(init!.body)),
    }))
    const fastly = calls.filter((call) => call.url === 'https://api.fastly.com/service/svc/purge')
    expect(fastly).toHaveLength(1)
    expect(fastly[0]!.body.surrogate_keys).toEqual(keys)
    expect(fastly[0]!.init.headers).toMatchObject({ 'Fastly-Key': 'ft' })
    const cloudflare = calls.filter(
      (call) => call.url === 'https://api.cloudflare.com/client/v4/zones/zone/purge_cache',
    )
    expect(cloudflare.map((call) => call.body.tags.length)).toEqual([30, 10])
    expect(cloudflare[0]!.init.headers).toMatchObject({ Authorization: 'Bearer ct' })
  })

  it('never throws: a refusal or an unreachable cache is logged and reported', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const refused = vi.fn(async () => new Response('Forbidden', { status: 403 }))
    const down = vi.fn(async () => {
      throw new TypeError('fetch failed')
    })
    const targets = [{ kind: 'varnish' as const, urls: ['http://v1'], secret }]
    const [a] = await purgeCdn(['site'], { targets, fetchImpl: refused as unknown as typeof fetch })
    const [b] = await purgeCdn(['site'], { targets, fetchImpl: down as unknown as typeof fetch })
    expect(a).toMatchObject({ ok: false, error: expect.stringContaining('403') })
    expect(b).toMatchObject({ ok: false, error: 'fetch failed' })
    expect(error).toHaveBeenCalledTimes(2)
    error.mockRestore()
  })
})

describe('the caches in front, from the environment', () => {
  it('reads each cache only when complete, and names the missing half', () => {
    expect(parseEnv({}).cdn).toEqual([])
    expect(parseEnv({ VARNISH_URL: 'http://v1:80/, http://v2', VARNISH_PURGE_SECRET: secret }).cdn).toEqual([
      { kind: 'varnish', urls: ['http://v1:80', 'http://v2'], secret },
    ])
    expect(() => parseEnv({ VARNISH_URL: 'http://v1' })).toThrow(/^VARNISH_PURGE_SECRET is required/)
    expect(() => parseEnv({ VARNISH_URL: 'ftp://v1', VARNISH_PURGE_SECRET: secret })).toThrow(
      /^VARNISH_URL must/,
    )
    expect(() => parseEnv({ VARNISH_URL: 'http://v1', VARNISH_PURGE_SECRET: 'short' })).toThrow(
      /^VARNISH_PURGE_SECRET must be at least 32/,
    )
    expect(() => parseEnv({ CLOUDFLARE_API_TOKEN: 't' })).toThrow(/^CLOUDFLARE_ZONE_ID is required/)
    expect(parseEnv({ FASTLY_SERVICE_ID: 's', FASTLY_API_TOKEN: 't' }).cdn).toEqual([
      { kind: 'fastly', serviceId: 's', token: 't' },
    ])
  })
})

describe('scripts/varnish-backends.mjs', () => {
  it('lists every app instance in the round robin with the health probe, and checks the secret', () => {
    const vcl: string = backendsVcl({ backends: parseBackends('app1:3000, 10.0.0.7:3001'), secret })
    expect(vcl).toContain('.host = "10.0.0.7";')
    expect(vcl).toContain('.probe = communique_health;')
    expect(vcl).toContain('instances.add_backend(app2);')
    expect(vcl).toContain(`req.http.X-Purge-Secret == "${secret}"`)
  })

  it('refuses what would break the VCL or weaken the purge', () => {
    expect(() => parseBackends('')).toThrow(/VARNISH_BACKENDS/)
    expect(() => parseBackends('app1')).toThrow(/host:port/)
    expect(() => parseBackends('a"b:80')).toThrow(/host:port/)
    const backends = parseBackends('app1:3000')
    expect(() => backendsVcl({ backends, secret: 'short' })).toThrow(/VARNISH_PURGE_SECRET/)
    expect(() => backendsVcl({ backends, secret: `${secret}"; }` })).toThrow(/VARNISH_PURGE_SECRET/)
  })
})
