'use client'
import { useSyncExternalStore } from 'react'

/**
 * Which live texts (rooms, `press-releases/<id>/<locale>`) hold this browser's changes that the
 * sync server has not stored in the draft yet. Kept by the co-editing plugin
 * (src/blocks/collab/Plugin.client.tsx) and read by the workflow panel: an action applies to the stored draft,
 * so it waits until the words just typed are in it.
 */
const unstored = new Set<string>()
const listeners = new Set<() => void>()

export const roomOf = (collection: string, id: number | string, locale: string) =>
  `${collection}/${id}/${locale}`

export function setUnstored(room: string, waiting: boolean): void {
  if (unstored.has(room) === waiting) return
  if (waiting) unstored.add(room)
  else unstored.delete(room)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useUnstoredLiveText(room: string | undefined): boolean {
  return useSyncExternalStore(
    subscribe,
    () => room !== undefined && unstored.has(room),
    () => false,
  )
}
