// The server's memory under load and after writes (issue 12: at most 500 MB under load), on a
// production build, with the JavaScript heap beside the resident size and both again after a
// full garbage collection. One database (demo newsroom + an archive) is copied for each build,
// so two builds (this one and BENCH_BASELINE_DIR's) run the very same sequence in one run:
//   0. a few cached pages as fast as they are served;
//   1. public pages over many different addresses (releases, list pages, searches, records, feeds);
//   2. the admin's REST reads (drafts, lists, versions);
//   3. BENCH_WRITES releases written and published through the workflow API.
//
//   BENCH_SKIP_BUILD=1 BENCH_BASELINE_DIR=tmp/base npm run bench:memory
//   BENCH_RELEASES (archive size, 1000), BENCH_DURATION (s per load phase, 20), BENCH_WRITES (100),
//   BENCH_CONNECTIONS (10), BENCH_PORT (3230). BENCH_BASELINE_DIR: a copy of the project with its
//   own .next (e.g. `git archive` of an older commit, node_modules linked, built there).
// Writes tmp/bench/memory-<date>.json.
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { cities, topicNames } from '../src/seed/archive/vocabulary.ts'

import { processTree } from './cpu.mjs'
import {
  benchEnv,
  build,
  load,
  machine,
  rssMiB,
  seedDemo,
  sleep,
  staffClient,
  submittedDraft,
  waitForHealth,
} from './lib.mjs'

const releases = Number(process.env.BENCH_RELEASES ?? 1000)
const duration = Number(process.env.BENCH_DURATION ?? 20)
const writes = Number(process.env.BENCH_WRITES ?? 100)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const port = Number(process.env.BENCH_PORT ?? 3230)
const origin = `http://127.0.0.1:${port}`
const root = path.resolve('tmp', 'bench', 'memory')
const seeded = path.join(root, 'seeded')
const mib = (bytes) => Math.round(bytes / 2 ** 20)

/** The probe files of a server's processes (bench/memoryProbe.mjs). */
function heapOf(pid, probeDir) {
  let heapUsed = 0
  let external = 0
  for (const id of processTree(pid)) {
    const file = path.join(probeDir, `${id}.json`)
    if (!existsSync(file)) continue
    try {
      const usage = JSON.parse(readFileSync(file, 'utf8'))
      heapUsed += usage.heapUsed
      external += usage.external
    } catch {
      // being written
    }
  }
  return { heapUsedMiB: mib(heapUsed), externalMiB: mib(external) }
}

/** Samples resident size and heap until stopped: the peaks. */
function sampler(pid, probeDir) {
  const peak = { rssMiB: 0, heapUsedMiB: 0 }
  const take = () => {
    peak.rssMiB = Math.max(peak.rssMiB, rssMiB(pid))
    peak.heapUsedMiB = Math.max(peak.heapUsedMiB, heapOf(pid, probeDir).heapUsedMiB)
  }
  const timer = setInterval(take, 250)
  return () => (clearInterval(timer), take(), { ...peak })
}

/** A full collection in every process of the server, then its resident size and heap. */
async function afterGc(pid, probeDir) {
  for (const id of processTree(pid)) {
    try {
      process.kill(id, 'SIGUSR2')
    } catch {
      // gone meanwhile
    }
  }
  await sleep(2000)
  return { rssMiB: rssMiB(pid), ...heapOf(pid, probeDir) }
}

async function startIn(projectDir, env, probeDir) {
  mkdirSync(probeDir, { recursive: true })
  const child = spawn(
    path.join(projectDir, 'node_modules', '.bin', 'next'),
    ['start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: projectDir,
      stdio: 'ignore',
      env: {
        ...env,
        NODE_ENV: 'production',
        NODE_OPTIONS: `--no-deprecation --expose-gc --import ${path.resolve('bench', 'memoryProbe.mjs')}`,
        MEMORY_PROBE_DIR: probeDir,
      },
    },
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await Promise.race([exited, sleep(10_000)])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  await waitForHealth(origin).catch(async (error) => (await stop(), Promise.reject(error)))
  return { pid: child.pid, stop }
}

async function publicPaths() {
  const get = async (url) => (await fetch(`${origin}${url}`)).json()
  const slugs = async (collection, limit) =>
    (await get(`/api/${collection}?limit=${limit}&depth=0&select[slug]=true`)).docs.map((doc) => doc.slug)
  const [news, events, participants, documents, topics] = await Promise.all([
    slugs('press-releases', 300),
    slugs('events', 50),
    slugs('participants', 50),
    slugs('documents', 50),
    slugs('topics', 20),
  ])
  const searches = cities.flatMap((city) => topicNames.map((topic) => `${city.en} ${topic.en}`))
  return [
    ...news.map((slug) => `/en/news/${slug}`),
    ...news.slice(0, 100).map((slug) => `/ru/news/${slug}`),
    ...Array.from({ length: 50 }, (_, n) => `/en/news?page=${n + 1}`),
    ...events.map((slug) => `/en/events/${slug}`),
    ...participants.map((slug) => `/en/participants/${slug}`),
    ...documents.map((slug) => `/en/documents/${slug}`),
    ...topics.map((slug) => `/en/topics/${slug}`),
    ...searches.slice(0, 200).map((query) => `/en/search?q=${encodeURIComponent(query)}`),
    '/en',
    '/ru',
    '/zh',
    '/en/feed.xml',
    '/sitemap.xml',
  ]
}

async function writeReleases(api, count) {
  for (let n = 0; n < count; n++) {
    const headline = `Memory benchmark release ${Date.now()} ${n}`
    const doc = await submittedDraft(api, headline)
    await api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'publish' })
    await fetch(`${origin}/en/news/${doc.slug}`).then((response) => response.arrayBuffer())
  }
}

async function run(name, projectDir) {
  const dir = path.join(root, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(path.join(seeded, `communique.db${suffix}`)))
      copyFileSync(path.join(seeded, `communique.db${suffix}`), path.join(dir, `communique.db${suffix}`))
  const env = benchEnv(dir, origin)
  const probeDir = path.join(dir, 'probe')
  const server = await startIn(projectDir, env, probeDir)
  try {
    await sleep(1000)
    const result = { name, projectDir, start: await afterGc(server.pid, probeDir) }
    const paths = await publicPaths()
    const hot = [
      paths[0],
      '/en',
      '/en/news',
      paths.find((p) => p.includes('/events/')),
      '/en/search?q=cooperation',
    ]
    for (const url of hot) await fetch(`${origin}${url}`).then((r) => r.arrayBuffer())
    let stop = sampler(server.pid, probeDir)
    const cached = await load(`${origin}/en`, { connections, duration, paths: hot })
    result.cachedPages = { requests: cached.requests.total, non2xx: cached.non2xx, peak: stop() }
    result.cachedPages.afterGc = await afterGc(server.pid, probeDir)
    stop = sampler(server.pid, probeDir)
    const pages = await load(`${origin}/en`, { connections, duration, paths })
    result.publicPages = { requests: pages.requests.total, non2xx: pages.non2xx, peak: stop() }
    result.publicPages.afterGc = await afterGc(server.pid, probeDir)
    const { api, headers } = staffClient(origin)
    await api('POST', '/api/users/login', { email: 'editor@communique.test', password: 'demo-editor-2026' })
    stop = sampler(server.pid, probeDir)
    const admin = await load(`${origin}/api/press-releases`, {
      connections,
      duration: Math.ceil(duration / 2),
      headers: headers(),
      paths: Array.from(
        { length: 40 },
        (_, n) => `/api/press-releases?depth=0&draft=true&limit=10&page=${n + 1}&sort=-updatedAt`,
      ),
    })
    result.adminReads = { requests: admin.requests.total, non2xx: admin.non2xx, peak: stop() }
    result.adminReads.afterGc = await afterGc(server.pid, probeDir)
    stop = sampler(server.pid, probeDir)
    await writeReleases(api, writes)
    result.writes = { count: writes, peak: stop(), afterGc: await afterGc(server.pid, probeDir) }
    console.log(JSON.stringify(result, null, 1))
    return result
  } finally {
    await server.stop()
  }
}

async function main() {
  const env = benchEnv(seeded, origin)
  if (process.env.BENCH_SKIP_BUILD !== '1') build(env)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(seeded, { recursive: true })
  seedDemo(env)
  execFileSync(
    process.execPath,
    ['scripts/payload.mjs', 'run', 'src/seed/archive/cli.ts', '--', '--releases', String(releases)],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, NODE_ENV: 'development' } },
  )
  const runs = []
  const baseline = process.env.BENCH_BASELINE_DIR
  if (baseline) runs.push(await run('baseline', path.resolve(baseline)))
  runs.push(await run('this build', process.cwd()))
  if (baseline) runs.push(await run('baseline, again', path.resolve(baseline)))
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    releases,
    duration,
    writes,
    connections,
    runs,
  }
  const file = path.resolve('tmp', 'bench', `memory-${report.date.slice(0, 19).replace(/:/g, '-')}.json`)
  writeFileSync(file, JSON.stringify(report, null, 2))
  console.table(
    runs.map((r) => ({
      build: r.name,
      'start MiB': r.start.rssMiB,
      'cached peak': r.cachedPages.peak.rssMiB,
      'cached heap peak': r.cachedPages.peak.heapUsedMiB,
      'cached after GC': r.cachedPages.afterGc.rssMiB,
      'pages peak': r.publicPages.peak.rssMiB,
      'pages after GC': r.publicPages.afterGc.rssMiB,
      'heap after GC': r.publicPages.afterGc.heapUsedMiB,
      'admin peak': r.adminReads.peak.rssMiB,
      'writes peak': r.writes.peak.rssMiB,
      'writes after GC': r.writes.afterGc.rssMiB,
      'heap end': r.writes.afterGc.heapUsedMiB,
    })),
  )
  console.log(`Full results: ${file}`)
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
