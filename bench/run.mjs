// Load and freshness benchmark of the public site, against a production build on 127.0.0.1.
//
//   flock /tmp/communique-heavy.lock npm run bench            # build, seed, serve, measure
//   BENCH_SKIP_BUILD=1 npm run bench                           # reuse the current .next build
//   BENCH_DURATION=10 BENCH_CONNECTIONS=10 BENCH_SAMPLES=5     # the defaults
//
// Measures requests per second and p50/p99 latency of the home, news list, release and search
// pages with autocannon (bounded in time), then publish-to-visible latency: from the API call
// that publishes a release to the first public response of the home page that shows it.
// Run with tsx (see package.json) so that it can import the TypeScript signing and Lexical helpers.
import { writeFileSync } from 'node:fs'
import path from 'node:path'

import { signatureHeader, signBody } from '../src/cache/revalidateSignature.ts'

import {
  benchEnv,
  freshDemoServer,
  load as loadFor,
  machine,
  median,
  secret,
  sleep,
  staffClient,
  submittedDraft,
} from './lib.mjs'

const port = Number(process.env.BENCH_PORT ?? 3200)
const origin = `http://127.0.0.1:${port}`
const duration = Number(process.env.BENCH_DURATION ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)
const samples = Number(process.env.BENCH_SAMPLES ?? 5)
const dir = path.resolve('tmp', 'bench')
const env = benchEnv(dir, origin)
const { api } = staffClient(origin)
const load = (url) => loadFor(url, { connections, duration })

const pages = [
  { name: 'home', path: '/en' },
  { name: 'news list', path: '/en/news' },
  { name: 'news list, filtered', path: '/en/news?year=2019' },
  { name: 'release', path: '/en/news/un-sco-third-high-level-event-2019' },
  { name: 'search', path: '/en/search?q=terrorism' },
]

const draft = (headline) => submittedDraft(api, headline)

/** Milliseconds from the publishing call to the first home page that shows the headline. */
async function publishToVisible(withRevalidateCall, timeoutMs) {
  const headline = `Benchmark release ${Date.now()}`
  const doc = await draft(headline)
  await fetch(`${origin}/en`) // the home page is cached without it
  const started = performance.now()
  await api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'publish' })
  if (withRevalidateCall) {
    // What revalidateContent() does from the jobs worker (src/data/revalidate.ts).
    const body = JSON.stringify({ changes: [{ collection: 'press-releases', slug: doc.slug }] })
    await fetch(`${origin}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [signatureHeader]: signBody(secret, body) },
      body,
    })
  }
  let visibleAfter = null
  while (performance.now() - started < timeoutMs) {
    const html = await (await fetch(`${origin}/en`)).text()
    if (html.includes(headline)) {
      visibleAfter = performance.now() - started
      break
    }
    await sleep(20)
  }
  await api('DELETE', `/api/press-releases/${doc.id}`)
  await fetch(`${origin}/api/revalidate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [signatureHeader]: signBody(secret, JSON.stringify({ changes: [{ collection: 'press-releases' }] })),
    },
    body: JSON.stringify({ changes: [{ collection: 'press-releases' }] }),
  })
  return visibleAfter
}

async function main() {
  const server = await freshDemoServer(env, port, dir)
  try {
    for (const page of pages) await fetch(origin + page.path) // first render fills the cache
    const rows = []
    for (const page of pages) {
      const result = await load(origin + page.path)
      rows.push({
        page: page.name,
        path: page.path,
        requestsPerSecond: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      })
      console.log(
        `${page.name}: ${rows.at(-1).requestsPerSecond} req/s, p50 ${rows.at(-1).p50} ms, p99 ${rows.at(-1).p99} ms`,
      )
    }
    await api('POST', '/api/users/login', { email: 'editor@communique.test', password: 'demo-editor-2026' })
    const hooks = []
    const explicit = []
    for (let i = 0; i < samples; i++) {
      hooks.push(await publishToVisible(false, 15_000))
      explicit.push(await publishToVisible(true, 15_000))
    }
    const summary = (values) => {
      const seen = values.filter((value) => value !== null)
      return {
        samples: values.length,
        visible: seen.length,
        medianMs: seen.length ? Math.round(median(seen)) : null,
        maxMs: seen.length ? Math.round(Math.max(...seen)) : null,
      }
    }
    const report = {
      date: new Date().toISOString(),
      machine: machine(),
      load: { durationSeconds: duration, connections, pages: rows },
      publishToVisible: { publishOnly: summary(hooks), publishThenRevalidate: summary(explicit) },
    }
    writeFileSync(path.join(dir, 'results.json'), JSON.stringify(report, null, 2))
    console.log(JSON.stringify(report.publishToVisible, null, 2))
    console.log(`Full results: ${path.join(dir, 'results.json')}`)
  } finally {
    await server.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
