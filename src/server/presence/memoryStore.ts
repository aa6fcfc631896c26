import { peopleOf, tabKey, type PresenceStore, type TabEntry, type Presence } from './people'

/** The store of one process: enough when one app instance serves the admin. */
export function memoryPresenceStore(now: () => number = Date.now): PresenceStore {
  const docs = new Map<string, Map<string, TabEntry>>()
  let lastSweep = now()
  // Records nobody reads again would keep their expired tabs: swept now and then.
  const sweep = () => {
    const time = now()
    if (time - lastSweep < 30_000) return
    lastSweep = time
    for (const [doc, tabs] of docs) {
      for (const [key, tab] of tabs) if (tab.expiresAt <= time) tabs.delete(key)
      if (tabs.size === 0) docs.delete(doc)
    }
  }
  return {
    async beat({ doc, tab, user, state }, ttlMs) {
      sweep()
      const tabs = docs.get(doc) ?? new Map<string, TabEntry>()
      tabs.set(tabKey(user.id, tab), { user, state, expiresAt: now() + ttlMs })
      docs.set(doc, tabs)
    },
    async leave(doc, userId, tab) {
      const tabs = docs.get(doc)
      tabs?.delete(tabKey(userId, tab))
      if (tabs?.size === 0) docs.delete(doc)
    },
    async read(wanted) {
      const answer = new Map<string, Presence[]>()
      const time = now()
      for (const doc of wanted) {
        const people = peopleOf(docs.get(doc)?.values() ?? [], time)
        if (people.length > 0) answer.set(doc, people)
      }
      return answer
    },
    async close() {
      docs.clear()
    },
  }
}
