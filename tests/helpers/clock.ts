import { vi } from 'vitest'

/**
 * Runs `work` as if it were `when`: only `Date` is replaced (timers, and so the database, keep
 * real time), which is what the jobs queue and the workflow read to decide what is due. Tests
 * move the clock past a scheduled time instead of sleeping until it.
 */
export async function atTime<T>(when: Date, work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(when)
  try {
    return await work()
  } finally {
    vi.useRealTimers()
  }
}
