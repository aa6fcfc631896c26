import { afterEach, describe, expect, it, vi } from 'vitest'

import { guardHandler } from './guard.mjs'

type Handler = Parameters<typeof guardHandler>[0]

/** A handler whose Redis is up or down, or hangs, as the test says. */
function fakeRedis() {
  const state = { mode: 'up' as 'up' | 'down' | 'hang', invalidated: [] as string[], reads: 0 }
  const answer = <T>(value: T) =>
    state.mode === 'up'
      ? Promise.resolve(value)
      : state.mode === 'down'
        ? Promise.reject(new Error('The client is offline'))
        : new Promise<T>(() => undefined)
  const handler: Handler = {
    name: 'fake',
    get: () => {
      state.reads++
      return answer(null)
    },
    set: () => answer(undefined),
    revalidateTag: async (tag) => {
      await answer(undefined)
      state.invalidated.push(tag)
    },
  }
  return { state, handler }
}

let clock = 0
const options = {
  deadlineMs: 1_000,
  invalidationDeadlineMs: 5_000,
  coolDownMs: 2_000,
  maxPendingTags: 3,
  now: () => clock,
  log: () => undefined,
}

afterEach(() => {
  vi.useRealTimers()
  clock = 0
})

describe('the guard around the Redis handler', () => {
  it('fails a call that Redis leaves unanswered at its deadline instead of waiting', async () => {
    vi.useFakeTimers()
    const redis = fakeRedis()
    redis.state.mode = 'hang'
    const guarded = guardHandler(redis.handler, options)
    const read = guarded.get('page', { implicitTags: [] })
    const outcome = expect(read).rejects.toThrow('Redis did not answer a read within 1000 ms')
    await vi.advanceTimersByTimeAsync(1_000)
    await outcome
  })

  it('skips Redis for the cool-down after a call it left unanswered, then tries it again', async () => {
    vi.useFakeTimers()
    const redis = fakeRedis()
    const guarded = guardHandler(redis.handler, options)
    redis.state.mode = 'hang'
    const read = expect(guarded.get('page', { implicitTags: [] })).rejects.toThrow('did not answer')
    await vi.advanceTimersByTimeAsync(1_000)
    await read
    redis.state.mode = 'up'
    clock = 1_999
    await expect(guarded.get('page', { implicitTags: [] })).rejects.toThrow('skipped')
    await expect(guarded.set('page', {} as never)).rejects.toThrow('skipped')
    expect(redis.state.reads).toBe(1)
    clock = 2_000
    await expect(guarded.get('page', { implicitTags: [] })).resolves.toBeNull()
    expect(redis.state.reads).toBe(2)
  })

  it('does not skip Redis when its client fails at once (offline, or still connecting)', async () => {
    const redis = fakeRedis()
    const guarded = guardHandler(redis.handler, options)
    redis.state.mode = 'down'
    await expect(guarded.get('page', { implicitTags: [] })).rejects.toThrow('offline')
    redis.state.mode = 'up'
    await expect(guarded.get('page', { implicitTags: [] })).resolves.toBeNull()
  })

  it('sends again, in order, the invalidations Redis missed, as soon as it answers', async () => {
    const redis = fakeRedis()
    const guarded = guardHandler(redis.handler, options)
    redis.state.mode = 'down'
    await expect(guarded.revalidateTag('record:press-releases:a')).rejects.toThrow()
    await expect(guarded.revalidateTag('collection:press-releases')).rejects.toThrow()
    expect(guarded.pendingTags()).toEqual(['record:press-releases:a', 'collection:press-releases'])
    expect(redis.state.invalidated).toEqual([])

    redis.state.mode = 'up'
    await guarded.get('page', { implicitTags: [] })
    await vi.waitFor(() => expect(guarded.pendingTags()).toEqual([]))
    expect(redis.state.invalidated).toEqual(['record:press-releases:a', 'collection:press-releases'])
  })

  it('sends them again by itself, with no request coming in', async () => {
    vi.useFakeTimers()
    const redis = fakeRedis()
    const guarded = guardHandler(redis.handler, options)
    redis.state.mode = 'down'
    await expect(guarded.revalidateTag('collection:events')).rejects.toThrow()
    await vi.advanceTimersByTimeAsync(2_000)
    expect(guarded.pendingTags()).toEqual(['collection:events'])
    redis.state.mode = 'up'
    await vi.advanceTimersByTimeAsync(2_000)
    expect(guarded.pendingTags()).toEqual([])
    expect(redis.state.invalidated).toEqual(['collection:events'])
  })

  it('keeps a bounded list of missed invalidations', async () => {
    const redis = fakeRedis()
    const guarded = guardHandler(redis.handler, options)
    redis.state.mode = 'down'
    for (const tag of ['a', 'b', 'c', 'd']) await guarded.revalidateTag(tag).catch(() => undefined)
    expect(guarded.pendingTags()).toEqual(['a', 'b', 'c'])
  })
})
