// @ts-check
/**
 * Keeps a Redis outage from reaching readers. The cache handler library's Redis handler fails at
 * once when its client is offline, and bounds most commands by `timeoutMs`, but not all of them
 * (the HSCAN of revalidateTag has no timeout), and while Redis hangs every request would wait
 * that timeout again. So, around the handler:
 * - every call has a deadline, past which it fails;
 * - after a call that Redis left unanswered, Redis is skipped for `coolDownMs`: reads are misses
 *   (the page is rendered afresh from the database), writes are dropped, so no request waits on
 *   a hung server;
 * - a tag invalidation that failed or was skipped is remembered and sent again, every
 *   `coolDownMs` and whenever Redis answers, so that a page unpublished during the outage cannot
 *   come back from Redis afterwards.
 * The library's CacheHandler already turns a failed read into a miss and ignores failed writes
 * (dist/handlers/cache-handler.js, mergedHandler): a failure here never becomes a 5xx.
 */

/**
 * @typedef {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} Handler
 * @typedef {{ deadlineMs: number, invalidationDeadlineMs: number, coolDownMs: number,
 *   maxPendingTags: number, now?: () => number, log?: (message: string) => void }} GuardOptions
 */

/** @param {number} ms @param {string} what */
function deadline(ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const state = { fired: false, clear: () => clearTimeout(timer) }
  /** @type {Promise<never>} */
  const expired = new Promise((_resolve, reject) => {
    timer = setTimeout(() => {
      state.fired = true
      reject(new Error(`Redis did not answer ${what} within ${ms} ms`))
    }, ms)
  })
  return Object.assign(state, { expired })
}

/**
 * @param {Handler} handler
 * @param {GuardOptions} options
 * @returns {Handler & { replay: () => Promise<void>, pendingTags: () => string[] }}
 */
export function guardHandler(handler, options) {
  const now = options.now ?? Date.now
  const log = options.log ?? ((message) => console.warn(`[shared cache] ${message}`))
  let skipUntil = 0
  let down = false
  /** Tags whose invalidation has not reached Redis yet, replayed in order. */
  const pending = new Set()

  /** @param {string} tag */
  const remember = (tag) => {
    if (pending.size >= options.maxPendingTags) {
      // Beyond this the outage is long: every cached page is due by its revalidate time anyway.
      log(`more than ${options.maxPendingTags} invalidations pending: ${tag} is dropped`)
      return
    }
    pending.add(tag)
  }

  /** @type {NodeJS.Timeout | undefined} */
  let retry
  const retryLater = () => {
    if (retry || pending.size === 0) return
    retry = setTimeout(() => {
      retry = undefined
      void replay()
    }, options.coolDownMs)
    // A pending invalidation never keeps the process alive.
    retry.unref?.()
  }

  /**
   * @template T
   * @param {string} what
   * @param {number} ms
   * @param {() => Promise<T>} run
   * @returns {Promise<T>}
   */
  async function guarded(what, ms, run) {
    if (now() < skipUntil) throw new Error('Redis is skipped after a call it left unanswered')
    const timer = deadline(ms, what)
    try {
      const result = await Promise.race([run(), timer.expired])
      if (down) {
        down = false
        log('Redis answers again')
        void replay()
      }
      return /** @type {T} */ (result)
    } catch (error) {
      // Offline, the client fails at once: only a hang is worth skipping Redis for.
      if (timer.fired) skipUntil = now() + options.coolDownMs
      if (!down)
        log(
          `${error instanceof Error ? error.message : String(error)}: pages are rendered without the shared cache for now`,
        )
      down = true
      throw error
    } finally {
      timer.clear()
    }
  }

  let replaying = false
  async function replay() {
    if (replaying || pending.size === 0) return
    replaying = true
    try {
      for (const tag of [...pending]) {
        await guarded('an invalidation', options.invalidationDeadlineMs, () => handler.revalidateTag(tag))
        pending.delete(tag)
      }
    } catch {
      // Still down: try again later.
    } finally {
      replaying = false
      retryLater()
    }
  }

  return {
    name: `guarded ${handler.name}`,
    get: (key, meta) => guarded('a read', options.deadlineMs, () => handler.get(key, meta)),
    set: (key, value, ctx) => guarded('a write', options.deadlineMs, () => handler.set(key, value, ctx)),
    async revalidateTag(tag) {
      try {
        await guarded('an invalidation', options.invalidationDeadlineMs, () => handler.revalidateTag(tag))
      } catch (error) {
        remember(tag)
        retryLater()
        throw error
      }
    },
    delete: (key) =>
      guarded('a delete', options.deadlineMs, async () => {
        await handler.delete?.(key)
      }),
    // No `prepare`: its sweep of expired entries would run before the client has connected;
    // every invalidation sweeps them too.
    replay,
    pendingTags: () => [...pending],
  }
}
