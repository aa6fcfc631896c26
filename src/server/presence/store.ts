import { env } from '../env'

import { memoryPresenceStore } from './memoryStore'
import type { PresenceStore } from './people'
import { redisPresenceStore } from './redisStore'

export {
  presenceTtlMs,
  type Presence,
  type PresenceState,
  type PresenceStore,
  type PresentUser,
} from './people'

// On globalThis: Next.js may load this module once per bundle (route handlers, server components),
// and every one of them must see the same tabs.
const shared = globalThis as typeof globalThis & { __communiquePresence?: PresenceStore }

/** Replaces this process's store (the tests run the endpoints over each kind); undefined: chosen again. */
export function setPresenceStore(store: PresenceStore | undefined): void {
  shared.__communiquePresence = store
}

/** This process's presence store: Redis when REDIS_URL is set, else memory. */
export function presenceStore(): PresenceStore {
  if (!shared.__communiquePresence) {
    const { redisUrl } = env()
    shared.__communiquePresence = redisUrl ? redisPresenceStore({ url: redisUrl }) : memoryPresenceStore()
  }
  return shared.__communiquePresence
}
