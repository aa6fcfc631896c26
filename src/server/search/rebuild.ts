import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { nextTurn } from '../nextTurn'

import { searchStore } from './index'
import { entriesFor, readRecords } from './records'
import { searchCollections } from './types'

/** Runs `work` in a transaction of its own. */
async function inTransaction(payload: Payload, work: (req: PayloadRequest) => Promise<void>): Promise<void> {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  const owned = await initTransaction(req)
  try {
    await work(req)
    if (owned) await commitTransaction(req)
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}

/** `superseded`: stopped because another rebuild started in this process (it alone finishes). */
type Rebuilt = { entries: number; ms: number; superseded?: boolean }
type Run = { stop: boolean; done: Promise<Rebuilt> }
/**
 * The rebuild under way in this process. A new one stops it first (between two pages) and starts
 * from nothing, so that it sees every record written before it was asked for: `search:rebuild`
 * right after an upgrade emptied the index finds the start's own fill running (onInit), and the
 * archive seed asks for one after writing its records. Either way the work is done once.
 */
const running = new WeakMap<Payload, Run>()

/**
 * The whole index from the records as stored (`npm run search:rebuild`; the archive seed, whose
 * bulk path writes without hooks): emptied, then filled a page of published records at a time,
 * each page in a transaction of its own so that no save waits behind the whole rebuild (while
 * it runs, a search finds only what is filled so far).
 */
export async function rebuildSearchIndex(
  payload: Payload,
  options: { pageSize?: number; log?: (line: string) => void } = {},
): Promise<Rebuilt> {
  const earlier = running.get(payload)
  if (earlier) earlier.stop = true
  // Registered before waiting, so that a third caller stops this one rather than racing it.
  const run = { stop: false } as Run
  run.done = (async () => {
    await earlier?.done.catch(() => undefined)
    return rebuildNow(payload, run, options)
  })().finally(() => {
    if (running.get(payload) === run) running.delete(payload)
  })
  running.set(payload, run)
  return run.done
}

async function rebuildNow(
  payload: Payload,
  run: Run,
  { pageSize = 500, log = (_line: string) => {} }: { pageSize?: number; log?: (line: string) => void },
): Promise<Rebuilt> {
  const started = Date.now()
  const store = searchStore(payload)
  await inTransaction(payload, (req) => store.clear(req))
  for (const collection of searchCollections) {
    let records = 0
    for (let page = 1, more = true; more; page++) {
      if (run.stop) return { entries: await store.count(), ms: Date.now() - started, superseded: true }
      await inTransaction(payload, async (req) => {
        const { docs, hasNextPage, totalDocs } = await readRecords(
          payload,
          collection,
          { _status: { equals: 'published' } },
          { req, page, limit: pageSize },
        )
        const entries = await entriesFor(payload, collection, docs, req)
        const batch = docs.map((doc) => ({
          recordId: String(doc.id),
          entries: entries.get(String(doc.id)) ?? [],
        }))
        records += docs.length
        await store.replace(req, collection, batch, { later: totalDocs - records })
        more = hasNextPage
      })
      // Between pages: readers are answered, and libsql frees the page's statements (../nextTurn).
      await nextTurn()
    }
    log(`${collection}: ${records} published records indexed`)
  }
  return { entries: await store.count(), ms: Date.now() - started }
}

/**
 * At start: an empty index beside published records (a database from before the index, or an
 * import that bypassed the hooks) is filled in the background, logged; otherwise nothing.
 */
export async function fillSearchIndexIfEmpty(payload: Payload): Promise<void> {
  if ((await searchStore(payload).count()) > 0) return
  for (const collection of searchCollections) {
    const { totalDocs } = await payload.count({
      collection,
      where: { _status: { equals: 'published' } },
      overrideAccess: true,
    })
    if (totalDocs === 0) continue
    payload.logger.info('[communiqué] The search index is empty: filling it from the published records.')
    void rebuildSearchIndex(payload).then(
      ({ entries, ms, superseded }) =>
        payload.logger.info(
          superseded
            ? '[communiqué] Filling the search index stopped: a rebuild took over.'
            : `[communiqué] Search index filled: ${entries} entries in ${ms} ms.`,
        ),
      (error: unknown) =>
        payload.logger.error({ err: error }, '[communiqué] Filling the search index failed.'),
    )
    return
  }
}
