// The cached release page against Payload's website template (issue 12): bytes and what they are
// made of, requests per second and CPU per request, both servers up, measured alternately.
//
//   BENCH_TEMPLATE_URL=http://127.0.0.1:3221/posts/un-sco-third-high-level-event-2019 \
//     flock /tmp/communique-heavy.lock npm run bench:release-page
//   BENCH_SKIP_BUILD=1 (reuse .next), BENCH_DURATION (s, 10), BENCH_CONNECTIONS (10), BENCH_ROUNDS (2),
//   BENCH_PORT (3220), BENCH_TEMPLATE_PID (else the process listening on the template URL's port)
//   BENCH_BASELINE_URL: the demo release on another build of ours (an older commit, already
//   running), measured in the same rounds for a before/after.
//   BENCH_TEMPLATE_WARMUP: a page the template renders on request (default its search page),
//   fetched once before measuring; see `warmUp`.
//
// Without BENCH_TEMPLATE_URL only our pages are measured. Our pages: the demo release, and a
// "text only" twin published for the run (the same headline, summary and body, no linked records,
// so no sidebar, no related releases): the same text as the template's post. CPU per request is
// the server's utime+stime (with its child processes) over the load, divided by the requests.
// Writes tmp/bench/release-page-<date>.json.
import http from 'node:http'
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { cpuMs, pidListeningOn } from './cpu.mjs'
import { benchEnv, freshDemoServer, load, machine, staffClient } from './lib.mjs'
import { pageWeight } from './pageWeight.mjs'

const port = Number(process.env.BENCH_PORT ?? 3220)
const origin = `http://127.0.0.1:${port}`
const duration = Number(process.env.BENCH_DURATION ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const rounds = Number(process.env.BENCH_ROUNDS ?? 2)
const templateUrl = process.env.BENCH_TEMPLATE_URL
const baselineUrl = process.env.BENCH_BASELINE_URL
const dir = path.resolve('tmp', 'bench', 'release-page')
const env = benchEnv(dir, origin)
const slug = 'un-sco-third-high-level-event-2019'

/** The body of one GET, as sent (no decompression), with its headers. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })
}

/** Publishes a copy of the demo release with its text only, through the review workflow. */
async function publishTextOnlyTwin(api) {
  const { docs } = await api('GET', `/api/press-releases?where[slug][equals]=${slug}&depth=0&locale=en`)
  const release = docs[0]
  const { doc } = await api('POST', '/api/press-releases?draft=true&locale=en', {
    headline: release.headline,
    slug: `${slug}-text-only`,
    dateline: release.dateline,
    summary: release.summary,
    body: release.body,
    _status: 'draft',
  })
  await api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'submit' })
  await api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'publish' })
  return `/en/news/${doc.slug}`
}

/**
 * Every server measured has rendered a page on request before the load, as a server in use has:
 * Node 20 tracks async context (AsyncLocalStorage's hooks, a cost on every promise) from the first
 * render on. Ours has rendered the demo pages and answered the API; the template, serving only a
 * post prerendered at build time, would otherwise be measured in a state no site in use is in.
 */
async function warmUp(url) {
  const { status } = await get(url)
  if (status !== 200) throw new Error(`GET ${url} (warm-up): ${status}`)
}

/** The process serving a URL on this machine. */
function serverOn(url) {
  const pid = pidListeningOn(Number(new URL(url).port || 80))
  if (!pid) throw new Error(`No process listens on ${url}: start it first (docs/benchmarks.md).`)
  return pid
}

async function weigh(url) {
  const plain = await get(url)
  if (plain.status !== 200) throw new Error(`GET ${url}: ${plain.status}`)
  const gzipped = await get(url, { 'accept-encoding': 'gzip' })
  const { total, gzip, parts } = pageWeight(plain.body.toString('utf8'))
  return {
    bytes: total,
    gzipServed: gzipped.headers['content-encoding'] === 'gzip' ? gzipped.body.length : null,
    gzipLevel6: gzip,
    parts,
    cache: plain.headers['x-nextjs-cache'] ?? null,
  }
}

async function measure(page) {
  const before = cpuMs(page.pid)
  const result = await load(page.url, { connections, duration })
  const cpu = cpuMs(page.pid) - before
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: result.requests.total ? Number((cpu / result.requests.total).toFixed(3)) : null,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}

async function main() {
  const server = await freshDemoServer(env, port, dir)
  try {
    const { api } = staffClient(origin)
    await api('POST', '/api/users/login', { email: 'editor@communique.test', password: 'demo-editor-2026' })
    const twin = await publishTextOnlyTwin(api)
    const pages = [
      { name: 'release (demo)', url: `${origin}/en/news/${slug}`, pid: server.child.pid },
      { name: 'release (text only)', url: origin + twin, pid: server.child.pid },
    ]
    if (baselineUrl)
      pages.unshift({ name: 'release (baseline)', url: baselineUrl, pid: serverOn(baselineUrl) })
    if (templateUrl)
      pages.push({
        name: 'template post',
        url: templateUrl,
        pid: Number(process.env.BENCH_TEMPLATE_PID) || serverOn(templateUrl),
      })
    if (templateUrl)
      await warmUp(process.env.BENCH_TEMPLATE_WARMUP ?? new URL('/search?q=cooperation', templateUrl).href)
    if (baselineUrl) await warmUp(new URL('/en/search?q=cooperation', baselineUrl).href)
    for (const page of pages) for (let i = 0; i < 3; i++) await get(page.url) // fill the caches
    for (const page of pages) page.weight = await weigh(page.url)
    for (const page of pages) page.runs = []
    for (let round = 0; round < rounds; round++)
      for (const page of pages) {
        page.runs.push(await measure(page))
        const run = page.runs.at(-1)
        console.log(
          `${page.name}, round ${round + 1}: ${run.requestsPerSecond} req/s, ${run.cpuMsPerRequest} ms CPU/request`,
        )
      }
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      load: { durationSeconds: duration, connections, rounds },
      pages: pages.map(({ name, url, weight, runs }) => ({ name, url, weight, runs })),
    }
    const file = path.resolve('tmp', 'bench', `release-page-${report.date.slice(0, 10)}.json`)
    writeFileSync(file, JSON.stringify(report, null, 2))
    const template = pages.find((page) => page.name === 'template post')
    // Rounds are taken alternately, so a page's round is compared with the template's same round.
    const perRound = (runs) =>
      template
        ? runs.map((run, i) => (run.requestsPerSecond / template.runs[i].requestsPerSecond).toFixed(2))
        : []
    console.table(
      pages.map(({ name, weight, runs }) => ({
        page: name,
        KB: (weight.bytes / 1000).toFixed(1),
        'gzip KB': ((weight.gzipServed ?? weight.gzipLevel6) / 1000).toFixed(1),
        'RSC KB': (weight.parts.flightScripts / 1000).toFixed(1),
        'req/s': runs.map((run) => run.requestsPerSecond).join(' / '),
        'CPU ms/req': runs.map((run) => run.cpuMsPerRequest).join(' / '),
        ...(template ? { 'req/s ÷ template': perRound(runs).join(' / ') } : {}),
      })),
    )
    console.log(`Full results: ${file}`)
  } finally {
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
