/**
 * Who has a release open right now (issue 15, item 2). Presence is short-lived and changes every
 * second, so it is never written to the database (a write per heartbeat would queue behind every
 * save on SQLite's single writer): it lives in this process's memory, or in Redis when REDIS_URL
 * makes several app instances share their state (issue 14), with an expiry either way.
 */

export type PresenceState = 'viewing' | 'editing'

export type PresentUser = {
  id: number | string
  name: string
  initials: string
  /** The path of the person's uploaded photo on this site (/api/media/file/...), if any. */
  avatar?: string
}

/** One open tab: who, and what they are doing there. */
export type Beat = { doc: string; tab: string; user: PresentUser; state: PresenceState }

/** A person in a record, once however many tabs they have open: editing if any tab edits. */
export type Presence = PresentUser & { state: PresenceState }

export interface PresenceStore {
  /** Says that `tab` is open on `doc`, until `ttlMs` from now unless it beats again. */
  beat(beat: Beat, ttlMs: number): Promise<void>
  /** The tab was closed or left the record. */
  leave(doc: string, userId: PresentUser['id'], tab: string): Promise<void>
  /** Who is in each of `docs` (a record with nobody in it is absent from the answer). */
  read(docs: readonly string[]): Promise<Map<string, Presence[]>>
  close(): Promise<void>
}

/** How long a tab counts as present after its last heartbeat (the edit view beats every second). */
export const presenceTtlMs = 8_000

/** An open tab as the stores keep it. */
export type TabEntry = { user: PresentUser; state: PresenceState; expiresAt: number }

/**
 * A tab is stored under its user and its own id: a tab id comes from the browser, so keyed alone a
 * caller could overwrite (or end) a colleague's presence by sending the colleague's tab id.
 */
export const tabKey = (userId: PresentUser['id'], tab: string) => `${userId}:${tab}`

/** Live tabs → people, editing first, then by name; expired tabs are dropped. */
export function peopleOf(tabs: Iterable<TabEntry>, now: number): Presence[] {
  const people = new Map<string, Presence>()
  for (const tab of tabs) {
    if (tab.expiresAt <= now) continue
    const key = String(tab.user.id)
    const known = people.get(key)
    if (!known || (known.state === 'viewing' && tab.state === 'editing'))
      people.set(key, { ...tab.user, state: tab.state })
  }
  return [...people.values()].sort(
    (a, b) => Number(b.state === 'editing') - Number(a.state === 'editing') || a.name.localeCompare(b.name),
  )
}
