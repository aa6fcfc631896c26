/**
 * Failures counted per client address, in this process's memory. Several app instances behind a
 * load balancer each count apart, so an address spread over N of them gets up to N times the
 * budget: README, "More than one app instance", says how to deploy around it.
 *
 * Per address, never per account: a limit on the account lets anyone lock a colleague out by
 * typing their email five times (issue 11), a limit on the address only slows the one typing.
 */
export type LimitRules = {
  /** How long a failure counts. */
  windowMs: number
  /** Failures answered at full speed; each one after waits longer (doubling from baseDelayMs). */
  freeFailures: number
  baseDelayMs: number
  maxDelayMs: number
  /** Failures after which the address is refused (429) until the oldest one leaves the window. */
  maxFailures: number
  /** Addresses remembered; the oldest are forgotten first, so a flood cannot exhaust memory. */
  maxAddresses: number
}

export type Gate = { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number }

export type Limiter = {
  check: (address: string, now?: number) => Gate
  /** Counts a failure; `limitedNow` is true for the one that closes the gate (to log it once). */
  fail: (address: string, now?: number) => { limitedNow: boolean }
  /** Forgets everything (tests). */
  reset: () => void
}

export function createLimiter(rules: LimitRules): Limiter {
  const failures = new Map<string, number[]>()

  function recent(address: string, now: number): number[] {
    const times = (failures.get(address) ?? []).filter((at) => at > now - rules.windowMs)
    if (times.length) failures.set(address, times)
    else failures.delete(address)
    return times
  }

  return {
    check(address, now = Date.now()) {
      const times = recent(address, now)
      if (times.length >= rules.maxFailures) {
        const reopensAt = times[times.length - rules.maxFailures]! + rules.windowMs
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now) / 1000)) }
      }
      const over = times.length - rules.freeFailures - 1
      const delayMs = over < 0 ? 0 : Math.min(rules.baseDelayMs * 2 ** over, rules.maxDelayMs)
      return { allowed: true, delayMs }
    },
    fail(address, now = Date.now()) {
      const times = recent(address, now)
      times.push(now)
      // Re-inserted last: the Map's order is then the order of last failure.
      failures.delete(address)
      failures.set(address, times.slice(-rules.maxFailures))
      while (failures.size > rules.maxAddresses) failures.delete(failures.keys().next().value!)
      return { limitedNow: times.length === rules.maxFailures }
    },
    reset() {
      failures.clear()
    },
  }
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For, which
 * Next's own server fills with the socket's address when no proxy did
 * (next/dist/server/base-server.js). Entries to its left are whatever the client sent.
 * Production over HTTPS has a TLS-terminating proxy in front that appends the real address;
 * without one, a client can choose its own address here (see README, "Security").
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last || headers.get('x-real-ip')?.trim() || 'unknown'
}
