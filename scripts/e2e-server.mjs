// The server the browser tests run against: a production build on a fresh SQLite file with the
// demo newsroom and demo accounts, listening on 127.0.0.1 only.
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'

import { startMailCapture } from './e2e-mail.mjs'
import { nextNodeOptions, nextStartArgs } from './next-start.mjs'

const port = process.env.E2E_PORT ?? '3100'

/** Resolves once something accepts connections on 127.0.0.1:`at`; fails if `child` ends first. */
async function listening(at, child) {
  for (let tries = 0; tries < 600; tries++) {
    if (child.exitCode !== null) throw new Error(`The process for port ${at} ended before listening.`)
    const open = await new Promise((resolve) => {
      const socket = connect(at, '127.0.0.1')
      socket.once('connect', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`Nothing listens on port ${at} after two minutes.`)
}
const dir = path.resolve('tmp', `e2e-${port}`)
const bin = (name) => path.resolve('node_modules', '.bin', name)
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })

// Notification emails go to a local capture that the specs read (tmp/e2e-<port>/mail.jsonl).
const mail = await startMailCapture(path.join(dir, 'mail.jsonl'))

const env = {
  ...process.env,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(mail.port),
  NODE_OPTIONS: '--no-deprecation',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${path.join(dir, 'communique.db')}`,
  SERVER_URL: `http://127.0.0.1:${port}`,
  COLLAB_PORT: process.env.E2E_COLLAB_PORT ?? String(Number(port) + 1000),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'e2e-only-secret-not-for-production-0123456789',
}

/** Runs a command to its end, printing as it goes; rejects when it fails. */
const preparing = new Set()
function run(command, args, childEnv) {
  const child = spawn(command, args, { stdio: 'inherit', env: childEnv })
  preparing.add(child)
  child.on('exit', () => preparing.delete(child))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args[0]}: status ${code}`)),
    )
  })
}

// The build and the seed at once: the build reads no database (every generateStaticParams is
// empty), and each leaves a core idle for a while on a two-core CI runner. It gets a scratch
// database all the same, so that nothing it might open meets the seed's writes.
const build =
  process.env.E2E_SKIP_BUILD === '1'
    ? Promise.resolve()
    : run(bin('next'), ['build', '--webpack'], {
        ...env,
        DATABASE_URL: `file:${path.join(dir, 'build.db')}`,
        NODE_ENV: 'production',
        // In CI, `npm test` ran the type check (with Next's route types) just before: not twice.
        ...(process.env.CI ? { E2E_TYPES_CHECKED: '1' } : {}),
      })
const db = path.join(dir, 'communique.db')
const seededFrom = process.env.E2E_SEEDED_FROM
let seed = Promise.resolve()
if (seededFrom) {
  // The second server of playwright.config.ts: a copy of the newsroom the first one seeded
  // (the same content and accounts, a database of its own) instead of a Payload start and a seed.
  for (const suffix of ['', '-wal'])
    if (existsSync(seededFrom + suffix)) copyFileSync(seededFrom + suffix, db + suffix)
} else {
  // Seeding outside production creates the demo accounts the tests log in with.
  seed = run(process.execPath, ['scripts/payload.mjs', 'run', 'src/seed/cli.ts'], {
    ...env,
    NODE_ENV: 'development',
  })
}
try {
  await Promise.all([build, seed])
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  for (const child of preparing) child.kill('SIGTERM')
  mail.stop()
  process.exit(1)
}

// The freshly seeded newsroom, kept for the second server and the specs that start a server of
// their own (e2e/own-server.ts): a copy is ready at once, seeding again takes a Payload start and
// the seed. The write-ahead log goes with it, in case the seed left committed pages there.
for (const suffix of ['', '-wal']) {
  if (existsSync(db + suffix)) copyFileSync(db + suffix, path.join(dir, `seeded.db${suffix}`))
}

// The co-editing sync server first, on COLLAB_PORT: the body editor stays read-only until it has
// synced with it, so a spec that types into a body must not start before it listens. Next starts
// in about a second: waiting costs next to nothing.
let stopping = false
const collab = spawn(process.execPath, ['scripts/payload.mjs', 'run', 'scripts/collab-server.ts'], {
  stdio: 'inherit',
  // The web server keeps the search index and the planner statistics (src/server/onInit.ts).
  env: { ...env, NODE_ENV: 'production', COMMUNIQUE_MAINTENANCE: 'off' },
})
let server
collab.on('exit', (code) => {
  if (stopping) return
  // Without it every body editor stays read-only: the run stops rather than fail spec by spec.
  console.error(`The co-editing sync server stopped (exit ${code}).`)
  server?.kill('SIGTERM')
  mail.stop()
  process.exit(1)
})
await listening(Number(env.COLLAB_PORT), collab)

// The production server's heap limit: a test that needs more fails here first.
server = spawn(bin('next'), nextStartArgs('127.0.0.1', port), {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: 'production', NODE_OPTIONS: nextNodeOptions(env) },
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopping = true
    server.kill(signal)
    collab.kill(signal)
  })
server.on('exit', (code) => {
  stopping = true
  collab.kill('SIGTERM')
  mail.stop()
  process.exit(code ?? 0)
})
