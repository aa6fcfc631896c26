import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'

import { afterCommit } from '@/server/afterCommit'

import { freshNewsroom } from './helpers/newsroom'

const room = freshNewsroom('after-commit')

describe('work after the commit (cache refreshes)', () => {
  it('waits for the transaction to commit, and is dropped when it rolls back', async () => {
    const calls: string[] = []
    const committed = await createLocalReq({}, room.payload)
    await initTransaction(committed)
    await afterCommit(committed, () => calls.push('committed'))
    expect(calls).toEqual([])
    await commitTransaction(committed)
    expect(calls).toEqual(['committed'])

    const failed = await createLocalReq({}, room.payload)
    await initTransaction(failed)
    await afterCommit(failed, () => calls.push('rolled back'))
    await killTransaction(failed)
    expect(calls).toEqual(['committed'])

    const plain = await createLocalReq({}, room.payload)
    await afterCommit(plain, () => calls.push('no transaction'))
    expect(calls).toEqual(['committed', 'no transaction'])
  })
})
