import { createLocalReq, type CollectionSlug, type Payload, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { translationLocales } from '@/content/locales'
import type { Id } from '@/content/relations'
import { rebuildSearchIndex } from '@/server/search/rebuild'
import { applyTransition } from '@/workflow/apply'

import * as generate from './generate'
import { release } from './release'
import type { BulkRecord } from './sqliteBulk'
import { derive, loadSlugs, writer, type Slugs, type Writer } from './write'

export type ArchiveOptions = {
  releases: number
  seed: number
  /** Releases written through the Local API with every hook (the rest go through the adapter). */
  sample: number
  /** Records per transaction on the direct path. */
  batch: number
  log: (line: string) => void
}

export type ArchiveReport = {
  counts: generate.ArchiveCounts
  ms: number
  /** The full-text index rebuilt at the end (included in `ms`). */
  search: { entries: number; ms: number }
}

export class ArchiveExistsError extends Error {}

/** Linked records of each kind written through the Local API (hooks, validation) before the bulk. */
const linkedSample = 3
/** Far ahead of the archive: scheduled and embargoed releases stay so whenever the archive is read. */
const future = (index: number) => new Date(Date.UTC(2036, 0, 1 + index, 9)).toISOString()

/**
 * Writes the synthetic archive on top of what the database holds (the demo newsroom). Refuses to
 * run twice on one database: a second archive would double every figure a benchmark reads.
 */
export async function seedArchive(payload: Payload, options: ArchiveOptions): Promise<ArchiveReport> {
  const started = Date.now()
  const existing = await payload.count({
    collection: 'participants',
    where: { editorNote: { equals: generate.archiveNote } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0)
    throw new ArchiveExistsError(
      'This database already holds a generated archive (or part of one, if a run was interrupted): seed:archive writes one archive per database. Start from a fresh database (DATABASE_URL) to generate another.',
    )
  const counts = generate.archiveCounts(options.releases)
  const req = await createLocalReq({ context: { disableRevalidate: true, seeding: true } }, payload)
  const write = writer(payload, req)
  const slugs = await loadSlugs(payload, [...linkedKinds, 'press-releases'])
  const ids: generate.ArchiveIds = {
    topics: [],
    participants: [],
    documents: [],
    events: [],
    speeches: [],
    media: [],
  }
  const { seed } = options

  ids.media = await writeMedia(payload, req, counts.media, seed)
  options.log(`media: ${ids.media.length} images`)
  const origin = () => '2006-01-01T12:00:00.000Z'
  const field = (name: string) => (data: Record<string, unknown>) => String(data[name])
  const kinds: [
    LinkedKind,
    number,
    (i: number) => Record<string, unknown>,
    (data: Record<string, unknown>) => string,
  ][] = [
    ['topics', counts.topics, (i) => generate.topic(i), origin],
    ['participants', counts.participants, (i) => generate.participant(seed, i), origin],
    ['documents', counts.documents, (i) => generate.document(seed, i, counts.documents, ids), field('date')],
    ['events', counts.events, (i) => generate.event(seed, i, counts, ids), field('startsAt')],
    ['speeches', counts.speeches, (i) => generate.speech(seed, i, counts, ids), field('date')],
  ]
  for (const [kind, count, build, at] of kinds) {
    ids[kind] = await writeAll(payload, req, write, slugs, {
      collection: kind,
      count,
      sample: linkedSample,
      batch: options.batch,
      build: (i) => {
        const data = build(i)
        return { data, at: at(data), published: true }
      },
      log: options.log,
    })
  }
  // Every image is the hero of a release published through the Local API, so that whatever the
  // publication hooks maintain for media (their public visibility) holds for all of them.
  const sample = Math.max(options.sample, Math.ceil((ids.media.length * 10) / 9) + 1)
  let hero = 0
  await writeAll(payload, req, write, slugs, {
    collection: 'press-releases',
    count: counts.releases,
    sample,
    batch: options.batch,
    bulk: true,
    build: (i) => {
      const generated = release(seed, i, counts, ids)
      const at = String((generated.data.dateline as { date: string }).date)
      const data = { ...generated.data, firstPublishedAt: at }
      if (i < sample && i % 10 === 5)
        return { data: { ...data, editorialStatus: 'draft' }, at, published: false }
      if (i < sample)
        return {
          data: { ...data, heroImage: ids.media[hero++ % ids.media.length], editorialStatus: 'published' },
          at,
          published: true,
        }
      return { data, at, published: generated.published }
    },
    // Scheduled and embargoed releases are the workflow's own states (with their queued job).
    after: async (id, i) => {
      if (i % 10 !== 5) return
      for (const action of ['submit', 'approve'] as const)
        await applyTransition(req, id, { action }, { system: true })
      const action = i % 20 === 5 ? 'embargo' : 'schedule'
      await applyTransition(req, id, { action, at: future(i), timezone: 'Asia/Shanghai' }, { system: true })
    },
    log: options.log,
  })
  // The bulk path writes without hooks, so the search index is made from what was written: a
  // generated archive is searchable like one written through Payload, whoever called this.
  const search = await rebuildSearchIndex(payload)
  return { counts, ms: Date.now() - started, search }
}

type LinkedKind = 'topics' | 'participants' | 'documents' | 'events' | 'speeches'
const linkedKinds: LinkedKind[] = ['topics', 'participants', 'documents', 'events', 'speeches']

type Built = { data: Record<string, unknown>; at: string; published: boolean }

async function writeAll(
  payload: Payload,
  req: PayloadRequest,
  write: Writer,
  slugs: Slugs,
  job: {
    collection: CollectionSlug
    count: number
    sample: number
    batch: number
    build: (i: number) => Built
    after?: (id: Id, i: number) => Promise<void>
    /** Many records per statement where the database allows it (no arrays or blocks). */
    bulk?: boolean
    log: (line: string) => void
  },
): Promise<Id[]> {
  const ids: Id[] = []
  const started = Date.now()
  for (let from = 0; from < job.count; from += job.batch) {
    const bulk: BulkRecord[] = []
    const transactionID = await payload.db.beginTransaction()
    req.transactionID = transactionID ?? undefined
    try {
      for (let i = from; i < Math.min(job.count, from + job.batch); i++) {
        const { data, at, published } = job.build(i)
        const record = derive(job.collection, data, { published, date: at, slugs })
        if (i < job.sample) {
          const id = await write.throughPayload(job.collection, record)
          await job.after?.(id, i)
          ids.push(id)
        } else if (job.bulk && write.bulk) bulk.push({ data: record, at })
        else ids.push(await write.direct(job.collection, record, at))
      }
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID !== null) await payload.db.rollbackTransaction(transactionID)
      throw error
    } finally {
      req.transactionID = undefined
    }
    // After the commit: the bulk batch is a transaction of its own (one writer at a time).
    if (bulk.length) ids.push(...(await write.bulk!(job.collection, bulk)))
    const done = Math.min(job.count, from + job.batch)
    const rate = Math.round((done * 1000) / Math.max(1, Date.now() - started))
    job.log(`${job.collection}: ${done}/${job.count} (${rate}/s)`)
  }
  return ids
}

/** Images with real files and sizes, through Payload's upload path (sharp). */
async function writeMedia(payload: Payload, req: PayloadRequest, count: number, seed: number): Promise<Id[]> {
  const ids: Id[] = []
  for (let i = 0; i < count; i++) {
    const hue = (seed * 37 + i * 53) % 360
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 60) % 360},45%,25%)"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/><circle cx="${200 + (i % 8) * 100}" cy="340" r="160" fill="hsla(0,0%,100%,0.15)"/></svg>`
    const data = await sharp(Buffer.from(svg)).png().toBuffer()
    const alt = {
      en: `Archive photograph ${i + 1}`,
      ru: `Архивная фотография ${i + 1}`,
      zh: `档案照片 ${i + 1}`,
    }
    const caption = {
      en: `Delegations at a meeting (archive ${i + 1}).`,
      ru: `Делегации на встрече (архив ${i + 1}).`,
      zh: `代表团出席会议（档案 ${i + 1}）。`,
    }
    const doc = await payload.create({
      collection: 'media',
      data: { alt: alt.en, caption: caption.en, credit: 'Communiqué synthetic archive' },
      locale: 'en',
      file: { data, mimetype: 'image/png', name: `archive-${seed}-${i + 1}.png`, size: data.length },
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const locale of translationLocales)
      await payload.update({
        collection: 'media',
        id: doc.id,
        data: { alt: alt[locale], caption: caption[locale] },
        locale,
        depth: 0,
        req,
        overrideAccess: true,
      })
    ids.push(doc.id)
  }
  return ids
}
