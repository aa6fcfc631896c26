// The cached release page through the shipped Varnish (deploy/varnish/default.vcl) against a
// static server sending the same bytes, in the same run (issue 14): nginx when installed, else
// Node's http serving a buffer. Then publish-to-visible through Varnish: a release published
// through the workflow, its page polled through Varnish until it shows it.
//
//   flock /tmp/communique-heavy.lock npm run bench:varnish
//   BENCH_SKIP_BUILD=1 (reuse .next), BENCH_DURATION (s, 5), BENCH_CONNECTIONS (32),
//   BENCH_ROUNDS (5), BENCH_SAMPLES (3), BENCH_PORT (3230; Varnish on 6230, the static server on 6232)
//
// Writes tmp/bench/varnish-<date>.json.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { startVarnish } from '../e2e/varnish.ts'
import { editorState, paragraphNode } from '../src/content/lexical.ts'
import { demoAccounts } from '../src/seed/demoUsers.ts'
import { benchEnv, freshDemoServer, load, machine, median, sleep, staffClient } from './lib.mjs'

const port = Number(process.env.BENCH_PORT ?? 3230)
const varnishPort = port + 3000
const staticPort = port + 3002
const origin = `http://127.0.0.1:${port}`
const duration = Number(process.env.BENCH_DURATION ?? 5)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const samples = Number(process.env.BENCH_SAMPLES ?? 3)
const dir = path.resolve('tmp', 'bench', 'varnish')
const purgeSecret = 'bench-varnish-purge-secret-0123456789abcdef'
const env = {
  ...benchEnv(dir, origin),
  VARNISH_URL: `http://127.0.0.1:${varnishPort}`,
  VARNISH_PURGE_SECRET: purgeSecret,
}
const slug = 'un-sco-third-high-level-event-2019'
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file))

/** One GET as sent on the wire (gzip asked, not decompressed). */
function get(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

/** Serves `body` with the page's content headers: nginx from a file, else Node's http. */
async function startStatic({ body, headers }) {
  const root = path.join(dir, 'static')
  mkdirSync(root, { recursive: true })
  writeFileSync(path.join(root, 'page'), body)
  const encoding = headers['content-encoding']
  if (nginx) {
    writeFileSync(
      path.join(root, 'nginx.conf'),
      `worker_processes auto;\npid ${root}/nginx.pid;\nerror_log ${root}/error.log;\nevents { worker_connections 1024; }\n` +
        `http {\n  access_log off;\n  client_body_temp_path ${root}/tmp;\n  proxy_temp_path ${root}/tmp;\n` +
        `  fastcgi_temp_path ${root}/tmp;\n  uwsgi_temp_path ${root}/tmp;\n  scgi_temp_path ${root}/tmp;\n` +
        `  server {\n    listen 127.0.0.1:${staticPort};\n    root ${root};\n    location / {\n` +
        `      default_type "${headers['content-type']}";\n` +
        (encoding ? `      add_header Content-Encoding ${encoding};\n` : '') +
        `      try_files /page =404;\n    }\n  }\n}\n`,
    )
    mkdirSync(path.join(root, 'tmp'), { recursive: true })
    const child = spawn(
      nginx,
      [
        '-p',
        root,
        '-e',
        path.join(root, 'error.log'),
        '-c',
        path.join(root, 'nginx.conf'),
        '-g',
        'daemon off;',
      ],
      {
        stdio: 'ignore',
      },
    )
    await sleep(500)
    return { name: 'nginx', stop: async () => void child.kill('SIGTERM') }
  }
  const server = http.createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': headers['content-type'],
      ...(encoding ? { 'content-encoding': encoding } : {}),
      'content-length': body.length,
    })
    response.end(body)
  })
  await new Promise((resolve) => server.listen(staticPort, '127.0.0.1', resolve))
  return { name: 'node http (a buffer)', stop: () => new Promise((resolve) => server.close(resolve)) }
}

const server = await freshDemoServer(env, port, dir)
const varnish = await startVarnish({
  port: varnishPort,
  adminPort: varnishPort + 1,
  backendPorts: [port],
  secret: purgeSecret,
})
let statics
try {
  const pageUrl = `${varnish.origin}/en/news/${slug}`
  await get(pageUrl)
  const page = await get(pageUrl)
  if (page.headers['x-cache'] !== 'HIT') throw new Error('The release page is not cached in Varnish.')
  statics = await startStatic(page)
  const staticUrl = `http://127.0.0.1:${staticPort}/`
  const same = await get(staticUrl)
  if (!same.body.equals(page.body)) throw new Error('The static server does not send the same bytes.')

  const gzip = { 'accept-encoding': 'gzip' }
  const results = { varnish: [], static: [] }
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of [
      ['varnish', pageUrl],
      ['static', staticUrl],
    ]) {
      const result = await load(url, { connections, duration, headers: gzip })
      results[name].push({
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      })
    }
  }

  // Publish-to-visible through Varnish, each release page cached (as its 404) just before.
  const staff = staffClient(origin)
  const editor = demoAccounts.find((account) => account.role === 'editor')
  await staff.api('POST', '/api/users/login', { email: editor.email, password: editor.password })
  const visible = []
  for (let i = 0; i < samples; i++) {
    const headline = `Bench through Varnish ${Date.now()}`
    const { doc } = await staff.api('POST', '/api/press-releases?draft=true', {
      headline,
      dateline: { place: 'Vienna', date: '2026-11-20T12:00:00.000Z' },
      summary: `${headline}.`,
      body: editorState([paragraphNode(`${headline}: the body.`)]),
      _status: 'draft',
    })
    const url = `${varnish.origin}/en/news/${doc.slug}`
    await get(url)
    await staff.api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'submit' })
    const started = Date.now()
    await staff.api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'publish' })
    for (;;) {
      const response = await fetch(url)
      if ((await response.text()).includes(headline)) break
      if (Date.now() - started > 30_000) throw new Error('The release never showed through Varnish.')
      await sleep(10)
    }
    visible.push(Date.now() - started)
  }

  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    page: { url: `/en/news/${slug}`, bytes: page.body.length, encoding: page.headers['content-encoding'] },
    connections,
    duration,
    rounds,
    staticServer: statics.name,
    varnish: results.varnish,
    static: results.static,
    ratio:
      median(results.varnish.map((r) => r.requestsPerSecond)) /
      median(results.static.map((r) => r.requestsPerSecond)),
    // Each round's Varnish figure over the static server's just after it: the spread of the ratio.
    roundRatios: results.varnish.map((r, i) => r.requestsPerSecond / results.static[i].requestsPerSecond),
    publishToVisibleMs: visible,
  }
  const out = path.resolve('tmp', 'bench', `varnish-${summary.date.replace(/[:.]/g, '-')}.json`)
  writeFileSync(out, JSON.stringify(summary, null, 2))
  console.log(JSON.stringify(summary, null, 2))
  console.log(`Written to ${out}`)
} finally {
  await statics?.stop()
  await varnish.stop()
  await server.stop()
}
