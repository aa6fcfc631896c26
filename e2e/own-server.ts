import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * A second production server for the specs that must start, stop or break one themselves
 * (the shared one of playwright.config.ts must not be disturbed): `next start` from the same
 * build, on its own port, on 127.0.0.1 only.
 */
export type OwnServer = {
  origin: string
  /** Everything the server printed, for failure messages. */
  output: () => string
  stop: () => Promise<void>
  /** Ends it at once (SIGKILL), as a crash or an out-of-memory kill would, and waits for it. */
  kill: () => Promise<void>
}

export async function startOwnServer(port: number, env: Record<string, string>): Promise<OwnServer> {
  const origin = `http://127.0.0.1:${port}`
  let output = ''
  const server: ChildProcess = spawn(
    process.execPath,
    [
      path.resolve('node_modules/next/dist/bin/next'),
      'start',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        NEXT_TELEMETRY_DISABLED: '1',
        SERVER_URL: origin,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  server.stdout?.on('data', (chunk) => (output += String(chunk)))
  server.stderr?.on('data', (chunk) => (output += String(chunk)))
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = once(server, 'exit')
    server.kill('SIGTERM')
    const timer = setTimeout(() => server.kill('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }
  const kill = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = once(server, 'exit')
    server.kill('SIGKILL')
    await exited
  }
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    const up = await fetch(`${origin}/api/health`).then(
      () => true,
      () => false,
    )
    if (up) return { origin, output: () => output, stop, kill }
    if (server.exitCode !== null) throw new Error(`The server stopped:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`The server did not answer within 90 s:\n${output}`)
}

/**
 * A fresh SQLite newsroom with the demo content and accounts, in tmp/<name>; returns its
 * DATABASE_URL. A copy of the one scripts/e2e-server.mjs seeded before the shared server opened
 * it (nothing stored depends on the secret), else seeded here.
 */
export async function seededDatabase(name: string): Promise<string> {
  const dir = path.resolve('tmp', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'communique.db')
  const url = `file:${file}`
  const template = path.resolve('tmp', `e2e-${process.env.E2E_PORT ?? 3100}`, 'seeded.db')
  if (existsSync(template)) {
    for (const suffix of ['', '-wal'])
      if (existsSync(template + suffix)) copyFileSync(template + suffix, file + suffix)
    return url
  }
  await promisify(execFile)(process.execPath, ['scripts/payload.mjs', 'run', 'src/seed/cli.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      NODE_OPTIONS: '--no-deprecation',
      DATABASE_URL: url,
      PAYLOAD_SECRET: restartSecret,
    },
    timeout: 180_000,
  })
  return url
}

export const restartSecret = 'own-server-test-secret-0123456789abcdef'
