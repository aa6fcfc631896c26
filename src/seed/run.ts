import { approveLoadedTranslations } from '@/workflow/translation/apply'
import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'

import { seedData } from './data'
import { plan, type SeedStep } from './plan'
import { validateSeedData } from './validate'

export type SeedReport = {
  created: Partial<Record<CollectionSlug, number>>
  existing: Partial<Record<CollectionSlug, number>>
}

/**
 * Loads the demo newsroom. Validates everything first, then writes in one transaction (where
 * the database has them), so that a bad record writes nothing. Idempotent: a record whose slug
 * already exists is left as it is, so a second run changes nothing and editors' work is kept.
 */
export async function seed(payload: Payload, input: unknown = seedData): Promise<SeedReport> {
  const data = validateSeedData(input)
  const req = await createLocalReq({ context: { disableRevalidate: true, seeding: true } }, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID !== null) req.transactionID = transactionID
  try {
    const report = await write(payload, req, plan(data))
    if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    return report
  } catch (error) {
    if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

async function write(payload: Payload, req: PayloadRequest, steps: SeedStep[]): Promise<SeedReport> {
  const report: SeedReport = { created: {}, existing: {} }
  const ids = new Map<string, number | string>()
  /** The records this run created, as created (depth 0). */
  const created = new Map<string, Record<string, unknown>>()
  const refOf = (collection: CollectionSlug, key: string) => `${collection}:${key}`
  const id = (collection: CollectionSlug, key: string) => {
    const found = ids.get(refOf(collection, key))
    if (found === undefined)
      throw new Error(`Seed order error: ${collection} "${key}" is used before it is written.`)
    return found
  }

  for (const step of steps) {
    const ref = refOf(step.collection, step.key)
    if (step.kind === 'create') {
      const existing = await payload.find({
        collection: step.collection,
        where: { slug: { equals: step.key } },
        limit: 1,
        depth: 0,
        draft: true,
        pagination: false,
        req,
        overrideAccess: true,
      })
      const found = existing.docs[0]
      if (found) {
        ids.set(ref, found.id)
        report.existing[step.collection] = (report.existing[step.collection] ?? 0) + 1
        continue
      }
      const doc = await payload.create({
        collection: step.collection,
        data: { ...step.data(id), slug: step.key, _status: 'published' } as never,
        locale: 'en',
        depth: 0,
        req,
        overrideAccess: true,
      })
      ids.set(ref, doc.id)
      created.set(ref, doc as unknown as Record<string, unknown>)
      report.created[step.collection] = (report.created[step.collection] ?? 0) + 1
    } else if (created.has(ref)) {
      // Follow-up writes (translations, links to records written later) only touch records
      // this run created, so that existing records stay exactly as editors left them.
      await payload.update({
        collection: step.collection,
        id: id(step.collection, step.key),
        data: { ...step.data(id, created.get(ref)), _status: 'published' } as never,
        locale: step.locale ?? 'en',
        depth: 0,
        req,
        overrideAccess: true,
      })
    }
  }
  // The demo's translations are the newsroom's own, approved: readers of /ru and /zh see them
  // (an unapproved translation is never public, src/workflow/translation).
  for (const [ref] of created)
    if (ref.startsWith('press-releases:')) await approveLoadedTranslations(payload, ids.get(ref)!, req)
  return report
}
