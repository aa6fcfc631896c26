import type { PayloadRequest } from 'payload'

type Callback = () => Promise<unknown> | unknown
type Adapter = {
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
  __afterCommit?: Map<unknown, Callback[]>
}

/**
 * Lets hooks run work once the request's transaction has committed. An `afterChange` hook runs
 * inside the transaction: a cache refresh from there can be raced by a reader who re-caches
 * the old state before the commit (an unpublished release would stay on the site). Installed
 * once per database adapter (src/server/onInit.ts); works for SQLite and MongoDB alike.
 */
export function installAfterCommit(db: unknown): void {
  const adapter = db as Adapter
  if (adapter.__afterCommit) return
  const pending = new Map<unknown, Callback[]>()
  adapter.__afterCommit = pending
  const commit = adapter.commitTransaction.bind(adapter)
  const rollback = adapter.rollbackTransaction.bind(adapter)
  adapter.commitTransaction = async (id) => {
    const key = await id
    await commit(id)
    const callbacks = pending.get(key) ?? []
    pending.delete(key)
    for (const callback of callbacks) {
      try {
        await callback()
      } catch (error) {
        console.error('[communiqué] A task after commit failed:', error)
      }
    }
  }
  adapter.rollbackTransaction = async (id) => {
    pending.delete(await id)
    await rollback(id)
  }
}

/** Runs `callback` after the request's transaction commits, or now when there is none. */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const pending = (req.payload.db as unknown as Adapter).__afterCommit
  const id = await req.transactionID
  if (!pending || !id) {
    await callback()
    return
  }
  const list = pending.get(id) ?? []
  list.push(callback)
  pending.set(id, list)
}
