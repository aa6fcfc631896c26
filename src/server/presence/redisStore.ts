import { createClient } from '@redis/client'

import { peopleOf, tabKey, type PresenceStore, type TabEntry } from './people'

/** How long a heartbeat or a read waits on Redis before it is answered without it. */
export const presenceDeadlineMs = 1_000

/**
 * Presence shared by every app instance through Redis (REDIS_URL, issue 14): one hash per record,
 * a field per open tab holding who and until when. Each beat pushes the hash's own expiry forward,
 * so a record everyone left silently disappears by itself; a tab that went silent while others stay
 * is dropped when read. Expiry times are the app instances' clocks: they are assumed to agree
 * within a second or two (NTP), which the TTL's margin absorbs.
 *
 * Keys are not per build (unlike the page cache, src/cache/redis/store.mjs): during a rolling
 * deploy, people on the old and the new build still see each other.
 */
export function redisPresenceStore({
  url,
  prefix = 'communique:presence:',
  now = Date.now,
  log = (message: string) => console.warn(`[presence] ${message}`),
}: {
  url: string
  prefix?: string
  now?: () => number
  log?: (message: string) => void
}): PresenceStore {
  const client = createClient({
    url,
    // Offline commands fail at once instead of queueing behind a reconnect.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: presenceDeadlineMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  let lastError = ''
  // Without a listener an 'error' event would end the process; said once per distinct error.
  client.on('error', (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    if (message !== lastError) log(`Redis: ${message}`)
    lastError = message
  })
  client.on('ready', () => (lastError = ''))
  const connecting = client.connect().catch(() => undefined)

  /** A hung Redis costs a heartbeat one second, never a request left waiting. */
  async function bounded<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${presenceDeadlineMs} ms`)),
        presenceDeadlineMs,
      )
    })
    try {
      return await Promise.race([connecting.then(work), deadline])
    } finally {
      clearTimeout(timer)
    }
  }

  const key = (doc: string) => `${prefix}${doc}`

  return {
    beat: ({ doc, tab, user, state }, ttlMs) =>
      bounded(async () => {
        const entry: TabEntry = { user, state, expiresAt: now() + ttlMs }
        await client
          .multi()
          .hSet(key(doc), tabKey(user.id, tab), JSON.stringify(entry))
          .pExpire(key(doc), ttlMs)
          .exec()
      }),
    leave: (doc, userId, tab) =>
      bounded(async () => {
        await client.hDel(key(doc), tabKey(userId, tab))
      }),
    read: (docs) =>
      bounded(async () => {
        // Issued together: node-redis pipelines the commands of one tick into one round trip.
        const hashes = await Promise.all(docs.map((doc) => client.hGetAll(key(doc))))
        const time = now()
        const answer = new Map<string, ReturnType<typeof peopleOf>>()
        docs.forEach((doc, index) => {
          const tabs: TabEntry[] = []
          const expired: string[] = []
          for (const [field, text] of Object.entries(hashes[index] ?? {})) {
            const tab = parseEntry(text)
            if (tab && tab.expiresAt > time) tabs.push(tab)
            else expired.push(field)
          }
          // Not awaited: tidying up is no reason to make the reader wait.
          if (expired.length > 0) client.hDel(key(doc), expired).catch(() => undefined)
          const people = peopleOf(tabs, time)
          if (people.length > 0) answer.set(doc, people)
        })
        return answer
      }),
    async close() {
      client.destroy()
    },
  }
}

function parseEntry(text: string): TabEntry | undefined {
  try {
    const value = JSON.parse(text) as Partial<TabEntry>
    return typeof value.expiresAt === 'number' && value.user && value.state ? (value as TabEntry) : undefined
  } catch {
    return undefined
  }
}
