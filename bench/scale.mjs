// Scale benchmark (issue 12): the same requests on archives of growing size, against a
// production build on 127.0.0.1, each size on a fresh SQLite database (demo newsroom + archive).
//
//   flock /tmp/communique-heavy.lock npm run bench:scale             # build, then 1k, 10k, 100k
//   BENCH_SKIP_BUILD=1 BENCH_SIZES=1000 BENCH_DURATION=2 npm run bench:scale
//   BENCH_DURATION (s per request type, 5), BENCH_CONNECTIONS (10), BENCH_SAMPLES (publications, 3),
//   BENCH_PORT (3210); BENCH_REUSE=1 measures a size's database from an earlier run as it is (no new
//   archive: seeding 100k takes ~15 minutes); BENCH_ONLY=<words> only the requests whose name holds
//   them (e.g. "search"), and no publications unless it names "publication".
//
// Prints a table per size and the growth from the first size to the last; writes everything to
// tmp/bench/scale-<date>.json. Never run beside other heavy work: the figures are the machine's.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { cities, partners, topicNames } from '../src/seed/archive/vocabulary.ts'

import {
  benchEnv,
  build,
  load,
  machine,
  median,
  memorySampler,
  seedDemo,
  sleep,
  staffClient,
  startServer,
  submittedDraft,
} from './lib.mjs'

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number)
const duration = Number(process.env.BENCH_DURATION ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const samples = Number(process.env.BENCH_SAMPLES ?? 3)
const port = Number(process.env.BENCH_PORT ?? 3210)
const reuse = process.env.BENCH_REUSE === '1'
const only = process.env.BENCH_ONLY
const wanted = (name) => !only || name.includes(only)
const origin = `http://127.0.0.1:${port}`
const root = path.resolve('tmp', 'bench')
const pageSize = 10 // app/(site)/[locale]/news-list/[filter]/page.tsx

if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`BENCH_SIZES must be whole numbers separated by commas, not "${process.env.BENCH_SIZES}".`)
  process.exit(2)
}

/** The server of the size being measured, stopped on Ctrl-C as on failure. */
let running
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    await running?.stop()
    process.exit(130)
  })

async function json(url, headers = {}) {
  const response = await fetch(`${origin}${url}`, { headers })
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return response.json()
}

/** One public record of a collection from the middle of the archive (not the newest, cached one). */
async function middleOf(collection, query = '') {
  const { totalDocs } = await json(`/api/${collection}?limit=1&depth=0${query}`)
  const page = Math.max(1, Math.floor(totalDocs / 2))
  return (await json(`/api/${collection}?limit=1&depth=0&page=${page}${query}`)).docs[0]
}

/**
 * Searches the archive answers, in English and Russian, each asked once: a repeated query is
 * answered from the data cache after its first time (src/data/search.ts), so a row that met its
 * queries again would measure the cache, and more of it on the smaller, faster archive (up to 5x
 * the 100k row's share of cached answers until 2026-12-02): `once`, each path is sent once. Two
 * disjoint pools: a city and a topic it writes about (300), for the rows under 10 connections; a
 * city or a topic with a partner (210), for the one-reader row, which follows them.
 */
const searchPaths = (locale, pool) => {
  const pairs = (a, b) => a.flatMap((x) => b.map((y) => `${x[locale]} ${y[locale]}`))
  const queries =
    pool === 'pairs'
      ? pairs(cities, topicNames)
      : [...pairs(cities, partners), ...pairs(topicNames, partners)]
  return queries.map((query) => `/${locale}/search?q=${encodeURIComponent(query)}`)
}

async function targets() {
  const release = await middleOf('press-releases', '&sort=-dateline.date')
  const [event, participant, document, topic] = await Promise.all(
    ['events', 'participants', 'documents', 'topics'].map((collection) => middleOf(collection)),
  )
  const { totalDocs } = await json('/api/press-releases?limit=1&depth=0')
  const lastPage = Math.min(10_000, Math.ceil(totalDocs / pageSize))
  const withHero = await json('/api/press-releases?limit=1&depth=1&where[heroImage][exists]=true')
  const url = withHero.docs[0]?.heroImage?.url
  // Payload gives the file's address with SERVER_URL in front.
  const image = url ? new URL(url, origin).pathname : undefined
  const year = String(release.dateline.date).slice(0, 4)
  return {
    release,
    pages: [
      ['home', '/en'],
      ['news list', '/en/news'],
      ['news list, last page', `/en/news?page=${lastPage}`],
      ['news list, year', `/en/news?year=${year}`],
      ['news list, topic', `/en/news?topic=${topic.slug}`],
      ['release', `/en/news/${release.slug}`],
      ['event', `/en/events/${event.slug}`],
      ['participant', `/en/participants/${participant.slug}`],
      ['document', `/en/documents/${document.slug}`],
      ['topic', `/en/topics/${topic.slug}`],
      ['search', '/en/search?q=cooperation'],
      ['search, Russian', `/ru/search?q=${encodeURIComponent('сотрудничество')}`],
      ['search, different queries', '/en/search', { paths: searchPaths('en', 'pairs'), once: true }],
      ['search, different Russian queries', '/ru/search', { paths: searchPaths('ru', 'pairs'), once: true }],
      [
        'search, one reader, different queries',
        '/en/search',
        { paths: searchPaths('en', 'partners'), once: true, connections: 1 },
      ],
      ['RSS feed', '/en/feed.xml'],
      ['Atom feed', '/en/atom.xml'],
      ['sitemap', '/sitemap.xml'],
      ...(image
        ? [
            ['public image', image],
            // Its latency alone: under 10 connections on two cores the p50 is mostly queueing.
            ['public image, one reader', image, { connections: 1 }],
          ]
        : []),
    ],
  }
}

/** What the admin's list and edit views ask the REST API (Payload 3.90's list view, drafts on). */
function adminRequests(release) {
  // The list reads its default columns only (`enableListViewSelectAPI`, collections/PressReleases).
  const columns = ['headline', 'presence', 'editorialStatus', 'dateline][date', 'author', '_status']
    .map((field) => `select[${field}]=true`)
    .join('&')
  const list = `/api/press-releases?depth=0&draft=true&limit=10&page=1&${columns}`
  // The records' lists the same way (their default columns and sort): a topic's or a
  // participant's row holds joins to the releases that would be read with it.
  const records = (collection, fields, sort) =>
    `/api/${collection}?depth=0&draft=true&limit=10&page=1&sort=${sort}&` +
    fields.map((field) => `select[${field}]=true`).join('&')
  // As the list's search box asks: every searchable field, `like` (each word, anywhere).
  const search = (term) =>
    ['headline', 'slug', 'summary']
      .map((field, n) => `where[or][${n}][${field}][like]=${encodeURIComponent(term)}`)
      .join('&')
  return [
    ['admin list, default sort', `${list}&sort=-dateline.date`],
    ['admin list, by update', `${list}&sort=-updatedAt`],
    // A word in a third of the archive, and a person's name (in ~35 releases at 1k, ~220 at 100k).
    ['admin list, search', `${list}&sort=-dateline.date&${search('cooperation')}`],
    ['admin list, search by update', `${list}&sort=-updatedAt&${search('cooperation')}`],
    ['admin list, search a name', `${list}&sort=-dateline.date&${search('Aigerim Abdullaev')}`],
    ['admin list, topics', records('topics', ['title', 'slug', '_status'], 'title')],
    ['admin list, participants', records('participants', ['name', 'kind', 'slug', '_status'], 'name')],
    ['admin edit, document', `/api/press-releases/${release.id}?depth=0&draft=true&locale=en`],
    [
      'admin edit, versions',
      `/api/press-releases/versions?depth=0&limit=1&where[parent][equals]=${release.id}`,
    ],
    // A staff client of the REST API reading published versions (no `draft`): the collection's own table.
    ['staff API, published releases', '/api/press-releases?depth=0&limit=10&page=1&sort=-dateline.date'],
  ]
}

function row(name, url, result) {
  return {
    name,
    url,
    // Completed requests over the run: autocannon's per-second average reads 0 when no request
    // completes within a second.
    requestsPerSecond: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

/**
 * Waits (10 s at most) until the server answers its health check in under 50 ms: the requests a
 * slow row left in flight when its load stopped would otherwise be counted in the next row.
 */
async function settle(origin) {
  for (let tries = 0; tries < 40; tries++) {
    const start = performance.now()
    await (await fetch(`${origin}/api/health`)).arrayBuffer()
    if (performance.now() - start < 50) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Publishes a new release through the workflow; ms until its page, then the home page, show it. */
async function publication(api, n) {
  const headline = `Scale benchmark release ${Date.now()} ${n}`
  const doc = await submittedDraft(api, headline)
  // Both cached before the publication, as a reader would have left them.
  await Promise.all(['/en', '/en/news'].map((url) => fetch(`${origin}${url}`).then((r) => r.arrayBuffer())))
  const started = performance.now()
  await api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'publish' })
  const publishMs = performance.now() - started
  const visible = async (url) => {
    while (performance.now() - started < 30_000) {
      const response = await fetch(`${origin}${url}`)
      if (response.ok && (await response.text()).includes(headline))
        return Math.round(performance.now() - started)
      await sleep(20)
    }
    return null
  }
  const releaseMs = await visible(`/en/news/${doc.slug}`)
  const homeMs = await visible('/en')
  const newsMs = await visible('/en/news')
  await api('DELETE', `/api/press-releases/${doc.id}`)
  return { publishMs: Math.round(publishMs), releaseMs, homeMs, newsMs }
}

/**
 * The server refreshes the query planner's statistics in the background at start (5 s at 100k,
 * src/server/plannerStats.ts): measured only once that is done (or skipped: a small database).
 */
async function plannerStatsDone(logFile, from, database) {
  if (statSync(database).size < 32 * 1024 * 1024) return
  for (let tries = 0; tries < 120; tries++) {
    const log = readFileSync(logFile, 'utf8').slice(from)
    if (/Query planner statistics (refreshed|kept current|not refreshed)/.test(log)) return
    await sleep(500)
  }
}

/**
 * A database whose search index a migration emptied is filled again by the server at start, in
 * the background (src/server/search/rebuild.ts; minutes at 100k): measured once it is full, as
 * searches would otherwise find only what is filled so far.
 */
async function searchIndexFilled(logFile, from) {
  const started = Date.now()
  while (Date.now() - started < 30 * 60_000) {
    const log = readFileSync(logFile, 'utf8').slice(from)
    if (!log.includes('The search index is empty')) return
    if (/Search index filled|Filling the search index (stopped|failed)/.test(log)) {
      console.log(
        `  (the search index was filled again at start: ${Math.round((Date.now() - started) / 1000)} s waited)`,
      )
      return
    }
    await sleep(1000)
  }
}

async function measure(size) {
  const dir = path.join(root, `scale-${size}`)
  const env = benchEnv(dir, origin)
  let seedSeconds = null
  if (reuse && existsSync(path.join(dir, 'communique.db'))) {
    console.log(`\n${size} releases: the database of an earlier run, as it is`)
  } else {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    seedDemo(env)
    const seedStarted = Date.now()
    execFileSync(
      process.execPath,
      ['scripts/payload.mjs', 'run', 'src/seed/archive/cli.ts', '--', '--releases', String(size)],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...env, NODE_ENV: 'development' },
      },
    )
    seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10
    console.log(`\n${size} releases: archive written in ${seedSeconds} s`)
  }
  const logFile = path.join(dir, 'server.log')
  const logged = existsSync(logFile) ? readFileSync(logFile, 'utf8').length : 0
  const server = await startServer(env, port, logFile)
  running = server
  await plannerStatsDone(logFile, logged, path.join(dir, 'communique.db'))
  await searchIndexFilled(logFile, logged)
  const memory = memorySampler(server.child.pid)
  try {
    const startMiB = memory.now()
    const { release, pages } = await targets()
    const { api, headers } = staffClient(origin)
    await api('POST', '/api/users/login', { email: 'editor@communique.test', password: 'demo-editor-2026' })
    const requests = [
      ...pages.map(([n, u, options]) => [n, u, {}, options]),
      ...adminRequests(release).map(([n, u]) => [n, u, headers()]),
    ].filter(([name]) => wanted(name))
    const rows = []
    for (const [name, url, requestHeaders, options = {}] of requests) {
      await settle(origin)
      const first = performance.now()
      // A rotating row warms up on a query outside its pool, which it then asks once each.
      const warm = options.paths ? `${url}?q=${encodeURIComponent('warm-up')}` : url
      const response = await fetch(`${origin}${warm}`, { headers: requestHeaders })
      await response.arrayBuffer()
      const firstMs = Math.round(performance.now() - first)
      const result = await load(`${origin}${url}`, {
        connections,
        duration,
        headers: requestHeaders,
        ...options,
      })
      rows.push({ ...row(name, url, result), status: response.status, firstMs })
      const r = rows.at(-1)
      console.log(
        `  ${name.padEnd(36)} ${String(r.requestsPerSecond).padStart(6)} req/s  p50 ${r.p50} ms  p97.5 ${r.p97_5} ms  p99 ${r.p99} ms  first ${firstMs} ms  (${response.status})`,
      )
    }
    const underLoad = memory.stop()
    const publications = []
    if (wanted('publication')) for (let n = 0; n < samples; n++) publications.push(await publication(api, n))
    const after = memorySampler(server.child.pid).stop()
    const pick = (key) => publications.map((p) => p[key]).filter((v) => v !== null)
    const summary = {
      publishMs: median(pick('publishMs')) ?? null,
      releaseVisibleMs: median(pick('releaseMs')) ?? null,
      homeVisibleMs: median(pick('homeMs')) ?? null,
      newsVisibleMs: median(pick('newsMs')) ?? null,
      samples: publications,
    }
    console.log(
      `  publish ${summary.publishMs} ms; visible on its page ${summary.releaseVisibleMs} ms, on home ${summary.homeVisibleMs} ms, on the news list ${summary.newsVisibleMs} ms (medians of ${samples}, from the publication)`,
    )
    console.log(
      `  memory: ${startMiB} MiB at start, peak ${underLoad.peakMiB} MiB under load, ${after.lastMiB} MiB after the publications`,
    )
    return {
      size,
      seedSeconds,
      rows,
      publication: summary,
      memory: { startMiB, ...underLoad, afterPublicationsMiB: after.lastMiB },
    }
  } finally {
    memory.stop()
    await server.stop()
    running = undefined
  }
}

function growth(results) {
  const first = results[0]
  const last = results.at(-1)
  return first.rows.map((r) => {
    const end = last.rows.find((x) => x.name === r.name)
    return {
      name: r.name,
      p50: end && r.p50 ? Math.round((end.p50 / r.p50) * 100) / 100 : null,
      requestsPerSecond:
        end && end.requestsPerSecond
          ? Math.round((r.requestsPerSecond / end.requestsPerSecond) * 100) / 100
          : null,
    }
  })
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== '1') build(benchEnv(root, origin))
  const results = []
  for (const size of sizes) results.push(await measure(size))
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    settings: { durationSeconds: duration, connections, samples },
    results,
    growth: results.length > 1 ? { from: sizes[0], to: sizes.at(-1), rows: growth(results) } : null,
  }
  if (report.growth) {
    console.log(`\nGrowth ${sizes[0]} → ${sizes.at(-1)} (p50 ratio; slowdown in req/s):`)
    for (const g of report.growth.rows)
      console.log(`  ${g.name.padEnd(30)} p50 ×${g.p50}  req/s ÷${g.requestsPerSecond}`)
  }
  mkdirSync(root, { recursive: true })
  const file = path.join(root, `scale-${report.date.slice(0, 19).replace(/:/g, '-')}.json`)
  writeFileSync(file, JSON.stringify(report, null, 2))
  console.log(`\nFull results: ${file}`)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
