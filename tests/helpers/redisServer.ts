import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * A throw-away redis-server (Debian's `redis-server` package) on 127.0.0.1, without persistence,
 * in a temporary folder: for the tests of the shared cache (tests/redis-cache.test.ts,
 * e2e/shared-cache.spec.ts). Stop it in `afterAll`.
 */
export type RedisServer = {
  url: string
  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, like a hung host. */
  pause: () => void
  resume: () => void
  stop: () => Promise<void>
  /** Starts it again on the same port, empty, after `stop`. */
  restart: () => Promise<void>
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.setTimeout(500)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(String(data).startsWith('+PONG'))
    })
    for (const event of ['error', 'timeout'] as const)
      socket.once(event, () => {
        socket.destroy()
        resolve(false)
      })
  })
}

export async function startRedis(port: number): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'communique-redis-'))
  let server: ChildProcess | undefined
  let output = ''
  const launch = async () => {
    mkdirSync(dir, { recursive: true })
    output = ''
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout?.on('data', (chunk) => (output += String(chunk)))
    child.stderr?.on('data', (chunk) => (output += String(chunk)))
    server = child
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (await answers(port)) return
      if (child.exitCode !== null) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    child.kill('SIGKILL')
    throw new Error(`redis-server did not start on 127.0.0.1:${port}:\n${output}`)
  }
  const stop = async () => {
    const child = server
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGCONT')
    child.kill('SIGKILL')
    await exited
  }
  await launch()
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: () => server?.kill('SIGSTOP'),
    resume: () => server?.kill('SIGCONT'),
    restart: async () => {
      await stop()
      await launch()
    },
    stop: async () => {
      await stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
