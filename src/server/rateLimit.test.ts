import { describe, expect, it } from 'vitest'

import { clientAddress, createLimiter } from './rateLimit'

const rules = {
  windowMs: 60_000,
  freeFailures: 2,
  baseDelayMs: 100,
  maxDelayMs: 250,
  maxFailures: 5,
  maxAddresses: 3,
}

describe('per-address limiter', () => {
  it('slows an address down, then refuses it until the window has passed', () => {
    const limiter = createLimiter(rules)
    const t = 1_000_000
    expect(limiter.check('a', t)).toEqual({ allowed: true, delayMs: 0 })
    limiter.fail('a', t)
    limiter.fail('a', t)
    expect(limiter.check('a', t)).toEqual({ allowed: true, delayMs: 0 })
    limiter.fail('a', t)
    expect(limiter.check('a', t)).toEqual({ allowed: true, delayMs: 100 })
    expect(limiter.fail('a', t).limitedNow).toBe(false)
    expect(limiter.check('a', t)).toEqual({ allowed: true, delayMs: 200 })
    expect(limiter.fail('a', t + 1000).limitedNow).toBe(true)
    expect(limiter.check('a', t + 1000)).toEqual({ allowed: false, retryAfterSeconds: 59 })
    // Another address is not touched.
    expect(limiter.check('b', t + 1000)).toEqual({ allowed: true, delayMs: 0 })
    expect(limiter.check('a', t + 60_001).allowed).toBe(true)
  })

  it('remembers a bounded number of addresses', () => {
    const limiter = createLimiter({ ...rules, freeFailures: 0 })
    for (const address of ['a', 'b', 'c', 'd']) limiter.fail(address, 1)
    expect(limiter.check('a', 2)).toEqual({ allowed: true, delayMs: 0 })
    expect(limiter.check('d', 2)).toEqual({ allowed: true, delayMs: 100 })
  })

  it('takes the address the nearest proxy saw', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7')
    expect(clientAddress(new Headers({ 'x-real-ip': '10.0.0.8' }))).toBe('10.0.0.8')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
