/**
 * The public image request (`GET /api/media/file/<name>`, no login) on the demo newsroom and
 * after 1,000 more published releases, through Payload's own REST handler in process (no build,
 * no server): what issue 12 measured at 30 ms → 4,317 ms before the stored visibility.
 *
 *   flock /tmp/communique-cpu.lock node scripts/payload.mjs run bench/media-file.ts
 *
 * Bounded: 1,000 writes once (the database in tmp/bench-media is reused), 30 requests per
 * measurement. MEDIA_BENCH_EXTRA changes the number of releases added.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { createLocalReq, handleEndpoints, type Payload } from 'payload'

const dir = path.resolve('tmp', 'bench-media')
mkdirSync(dir, { recursive: true })
process.env.DATABASE_URL = `file:${path.join(dir, 'communique.db')}`
process.env.PAYLOAD_SECRET ??= 'bench-only-secret-not-for-production-0123456789'

const extra = Number(process.env.MEDIA_BENCH_EXTRA ?? 1000)
const requests = 30

const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { seed } = await import('@/seed/run')
const { editorState, paragraphNode } = await import('@/content/lexical')

const words = 'cooperation security dialogue counter-terrorism region ministers agreement council'.split(' ')
const paragraph = (i: number, j: number) =>
  Array.from({ length: 60 }, (_, k) => words[(i * 7 + j * 3 + k) % words.length]).join(' ') + '.'
const body = (i: number) => editorState(Array.from({ length: 8 }, (_, j) => paragraphNode(paragraph(i, j))))

/** A hero image on a published release (the demo's, or one made here when it has none). */
async function publicImage(payload: Payload): Promise<string> {
  const { docs: found } = await payload.find({
    collection: 'press-releases',
    where: { and: [{ _status: { equals: 'published' } }, { heroImage: { exists: true } }] },
    limit: 1,
    overrideAccess: true,
  })
  if (found.length === 0) {
    const { default: sharp } = await import('sharp')
    const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#0b4f8a' } })
      .png()
      .toBuffer()
    const hero = await payload.create({
      collection: 'media',
      data: { alt: 'Benchmark hero' },
      file: { data, mimetype: 'image/png', name: 'bench-hero.png', size: data.length },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'press-releases',
      data: {
        headline: 'Benchmark release with a hero',
        dateline: { place: 'Beijing', date: '2026-11-30T00:00:00.000Z' },
        summary: paragraph(0, 0),
        body: body(0),
        heroImage: hero.id,
        _status: 'published',
      },
      overrideAccess: true,
    })
  }
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { and: [{ _status: { equals: 'published' } }, { heroImage: { exists: true } }] },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const hero = docs[0]?.heroImage
  if (!hero || typeof hero !== 'object' || !hero.filename)
    throw new Error('No published release with a hero.')
  return hero.filename
}

async function measure(payload: Payload, filename: string) {
  const times: number[] = []
  for (let i = 0; i < requests; i++) {
    const request = new Request(`http://127.0.0.1:3000/api/media/file/${encodeURIComponent(filename)}`)
    const started = performance.now()
    const response = await handleEndpoints({ config: payload.config, request })
    await response.arrayBuffer()
    times.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`The public image answered ${response.status}.`)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1)
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (${requests} requests)`
}

async function addReleases(payload: Payload, count: number) {
  const req = await createLocalReq({ context: { disableRevalidate: true } }, payload)
  for (let i = 0; i < count; i++) {
    await payload.create({
      collection: 'press-releases',
      data: {
        headline: `Archive release ${i} on regional cooperation`,
        dateline: { place: 'Beijing', date: new Date(Date.UTC(2010, 0, 1 + i)).toISOString() },
        summary: paragraph(i, 0),
        body: body(i),
        _status: 'published',
      },
      req,
      overrideAccess: true,
    })
  }
}

const payload = await getPayload({ config })
const releases = async () =>
  (await payload.count({ collection: 'press-releases', overrideAccess: true })).totalDocs
if ((await releases()) === 0) await seed(payload)
const demo = await releases()
const filename = await publicImage(payload)
if (demo < extra) {
  console.log(`${demo} releases: ${await measure(payload, filename)}`)
  const started = Date.now()
  await addReleases(payload, extra)
  console.log(`added ${extra} published releases in ${Math.round((Date.now() - started) / 1000)} s`)
}
console.log(`${await releases()} releases: ${await measure(payload, filename)}`)
process.exit(0)
