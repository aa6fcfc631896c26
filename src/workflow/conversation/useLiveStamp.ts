'use client'

import { useEffect, useRef } from 'react'

import { send } from './request'

/** How often an open view asks whether anything changed. */
export const liveIntervalMs = 3000

/**
 * Calls `onChange` when the answer's stamp (`stampOf`) differs from the last one: the
 * conversation and the inbox refresh themselves when a colleague writes, without a reload.
 *
 * A small "anything new?" read every few seconds rather than a push channel, as presence does
 * (collections/PressReleases/presenceEndpoints.ts): the question is one indexed read through the
 * REST API with its own access rules (the newest change and a count, `limit=1`, nothing
 * populated), the database is the truth behind every app instance, and no long-lived connection
 * has to cross the CDN. A hidden tab does not ask; it asks at once when shown again.
 */
export function useLiveStamp(
  url: string | null,
  stampOf: (body: unknown) => string,
  onChange: () => void,
  initial: string | null = null,
) {
  const last = useRef<string | null>(initial)
  const latest = useRef({ stampOf, onChange })
  useEffect(() => {
    latest.current = { stampOf, onChange }
  })
  useEffect(() => {
    last.current = initial
  }, [initial])

  useEffect(() => {
    if (!url) return
    let live = true
    const ask = async () => {
      if (document.visibilityState === 'hidden') return
      const outcome = await send(url, 'GET')
      if (!live || !outcome.ok) return
      const stamp = latest.current.stampOf(outcome.body)
      const before = last.current
      last.current = stamp
      if (before !== null && before !== stamp) latest.current.onChange()
    }
    void ask()
    const timer = window.setInterval(() => void ask(), liveIntervalMs)
    const shown = () => document.visibilityState === 'visible' && void ask()
    document.addEventListener('visibilitychange', shown)
    return () => {
      live = false
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', shown)
    }
  }, [url])
}
