// What the benchmarks share: the production server on 127.0.0.1 with its own SQLite database,
// autocannon runs bounded in time, a staff session for the REST API, the server's memory.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { editorState, paragraphNode } from '../src/content/lexical.ts'

import { processTree } from './cpu.mjs'
import { nextNodeOptions, nextStartArgs } from '../scripts/next-start.mjs'

export const secret = 'bench-only-secret-not-for-production-0123456789'
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export function machine() {
  return {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  }
}

/** The environment of a server, seed or build against the database in `dir`. */
export function benchEnv(dir, origin) {
  return {
    ...process.env,
    NODE_OPTIONS: `--no-deprecation ${process.env.BENCH_NODE_OPTIONS ?? ''}`.trim(),
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: `file:${path.join(dir, 'communique.db')}`,
    SERVER_URL: origin,
    PAYLOAD_SECRET: secret,
  }
}

export function build(env) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } })
}

/** The demo newsroom and its demo accounts (outside production, which creates no demo editor). */
export function seedDemo(env, stdio = 'ignore') {
  execFileSync(process.execPath, ['scripts/payload.mjs', 'run', 'src/seed/cli.ts'], {
    stdio,
    env: { ...env, NODE_ENV: 'development' },
  })
}

/** `next start` on the build (its output to `logFile`, if given); `stop()` ends it and waits. */
export async function startServer(env, port, logFile) {
  const origin = `http://127.0.0.1:${port}`
  const child = spawn(path.resolve('node_modules', '.bin', 'next'), nextStartArgs('127.0.0.1', port), {
    stdio: logFile ? ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')] : 'ignore',
    // As `npm start` runs it: its heap limit too (BENCH_NODE_OPTIONS may set another).
    env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: nextNodeOptions(env) },
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await Promise.race([exited, sleep(10_000)])
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  try {
    await waitForHealth(origin)
  } catch (error) {
    await stop()
    throw error
  }
  return { child, origin, stop }
}

export async function waitForHealth(origin, deadline = Date.now() + 120_000) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(250)
  }
  throw new Error(`The server did not answer on ${origin} within two minutes.`)
}

/**
 * Requests per second and latency of one URL, for `duration` seconds; with `paths`, each request
 * takes the next of them in turn (e.g. many different search words), and with `once` each path
 * is asked once, however long that takes (so no cache answers a path asked before).
 */
export function load(url, { connections, duration, headers = {}, paths, once = false }) {
  let next = 0
  const rotate = paths?.length
    ? {
        ...(once ? { amount: paths.length } : { duration }),
        requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      }
    : { duration }
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, headers: { 'accept-language': 'en', ...headers }, ...rotate },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
}

/** A REST client that keeps Payload's session cookie (sent with an allowed Origin, as Payload requires). */
export function staffClient(origin) {
  let cookie = ''
  const api = async (method, url, body) => {
    const response = await fetch(`${origin}${url}`, {
      method,
      headers: { 'content-type': 'application/json', origin, cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const setCookie = response.headers.get('set-cookie')
    if (setCookie?.includes('payload-token=')) cookie = setCookie.split(';')[0]
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  return { api, headers: () => ({ cookie, origin }) }
}

/**
 * The production server on a fresh database holding the demo newsroom, built first unless
 * BENCH_SKIP_BUILD=1: how every benchmark that measures the demo starts.
 */
export async function freshDemoServer(env, port, dir) {
  if (process.env.BENCH_SKIP_BUILD !== '1') build(env)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  seedDemo(env)
  return startServer(env, port)
}

/** Resident memory of a process and its descendants, in MiB (Linux /proc). */
export function rssMiB(pid) {
  let kb = 0
  for (const id of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kb / 1024)
}

/** Samples the server's memory every `everyMs` until stopped; gives the peak and the last. */
export function memorySampler(pid, everyMs = 500) {
  let peak = 0
  let last = 0
  const take = () => {
    last = rssMiB(pid)
    peak = Math.max(peak, last)
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    now: () => (take(), last),
    stop: () => (clearInterval(timer), take(), { peakMiB: peak, lastMiB: last }),
  }
}

/** A one-paragraph release made through the API and submitted for review, ready to publish. */
export async function submittedDraft(api, headline) {
  const { doc } = await api('POST', '/api/press-releases?draft=true', {
    headline,
    dateline: { place: 'Vienna', date: new Date().toISOString() },
    summary: `${headline}.`,
    body: editorState([paragraphNode(headline)]),
    _status: 'draft',
  })
  await api('POST', `/api/press-releases/${doc.id}/workflow`, { action: 'submit' })
  return doc
}
