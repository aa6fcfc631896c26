'use client'

import { useSyncExternalStore } from 'react'

import type { Presence } from '@/server/presence/people'

/**
 * Who is in the releases a page lists (the admin's list, the dashboard's sections and translation
 * matrix). Every badge on a page shares one poll: the ids shown are read together, once a second,
 * in pages of the endpoint's maximum (collections/PressReleases/presenceEndpoints.ts).
 */

export const presencePollMs = 1_000
const pageSize = 100

const watched = new Map<string, number>()
const listeners = new Set<() => void>()
let present: Record<string, Presence[]> = {}
let timer: ReturnType<typeof setTimeout> | undefined

async function readPage(ids: string[]): Promise<Record<string, Presence[]>> {
  const response = await fetch(`/api/press-releases/presence?ids=${ids.join(',')}`, {
    credentials: 'include',
    cache: 'no-store',
  })
  if (!response.ok) throw new Error(`presence: ${response.status}`)
  return ((await response.json()) as { present?: Record<string, Presence[]> }).present ?? {}
}

async function poll() {
  timer = undefined
  const ids = [...watched.keys()]
  if (ids.length === 0) return
  try {
    const pages: string[][] = []
    for (let start = 0; start < ids.length; start += pageSize) pages.push(ids.slice(start, start + pageSize))
    const answers = await Promise.all(pages.map(readPage))
    // Unchanged people keep their array, so that their badges do not render again.
    const next: Record<string, Presence[]> = {}
    for (const [id, people] of Object.entries(Object.assign({}, ...answers) as Record<string, Presence[]>))
      next[id] = JSON.stringify(present[id]) === JSON.stringify(people) ? present[id]! : people
    present = next
    for (const listener of listeners) listener()
  } catch {
    // Presence is a courtesy: a failed poll leaves the badges as they were until the next one.
  } finally {
    if (watched.size > 0 && !timer) timer = setTimeout(poll, presencePollMs)
  }
}

function watch(id: string): () => void {
  watched.set(id, (watched.get(id) ?? 0) + 1)
  // The badges of one page mount in the same moment: one read for all of them.
  if (!timer) timer = setTimeout(poll, 50)
  return () => {
    const count = (watched.get(id) ?? 1) - 1
    if (count > 0) watched.set(id, count)
    else watched.delete(id)
  }
}

/** Who is in release `id` now, kept current while the calling component is mounted. */
export function usePresenceIn(id: string | number | undefined): Presence[] | undefined {
  const key = id === undefined ? undefined : String(id)
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      const unwatch = key === undefined ? () => undefined : watch(key)
      return () => {
        listeners.delete(listener)
        unwatch()
      }
    },
    () => (key === undefined ? undefined : present[key]),
    () => undefined,
  )
}
