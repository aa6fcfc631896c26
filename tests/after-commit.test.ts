import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { afterCommit } from '@/server/afterCommit'

import { startPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload('after-commit')
})
afterAll(async () => {
  await payload?.destroy()
})

describe('work after the commit (cache refreshes)', () => {
  it('waits for the transaction to commit, and is dropped when it rolls back', async () => {
    const calls: string[] = []
    const committed = await createLocalReq({}, payload)
    await initTransaction(committed)
    await afterCommit(committed, () => calls.push('committed'))
    expect(calls).toEqual([])
    await commitTransaction(committed)
    expect(calls).toEqual(['committed'])

    const failed = await createLocalReq({}, payload)
    await initTransaction(failed)
    await afterCommit(failed, () => calls.push('rolled back'))
    await killTransaction(failed)
    expect(calls).toEqual(['committed'])

    const plain = await createLocalReq({}, payload)
    await afterCommit(plain, () => calls.push('no transaction'))
    expect(calls).toEqual(['committed', 'no transaction'])
  })
})
