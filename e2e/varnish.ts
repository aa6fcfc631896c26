import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { backendsVcl, varnishdParameters } from '../scripts/varnish-backends.mjs'

/**
 * The shipped Varnish configuration (deploy/varnish/default.vcl) run by the real varnishd, in the
 * foreground, on 127.0.0.1, with its backends file written for this test (scripts/varnish-backends.mjs).
 */
export type OwnVarnish = { origin: string; output: () => string; stop: () => Promise<void> }

export const varnishd = process.env.VARNISHD ?? '/usr/sbin/varnishd'

export async function startVarnish(options: {
  port: number
  adminPort: number
  /** The app instances Varnish balances across (one or more `next start` on 127.0.0.1). */
  backendPorts: number[]
  secret: string
  maxTtlSeconds?: number
}): Promise<OwnVarnish> {
  const dir = path.resolve('tmp', `varnish-${options.port}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'communique-backends.vcl'),
    backendsVcl({
      backends: options.backendPorts.map((port) => ({ host: '127.0.0.1', port })),
      secret: options.secret,
      maxTtlSeconds: options.maxTtlSeconds,
    }),
    // varnishd compiles the VCL as its own user (`varnish`) when started as root; in production
    // the file is root:varnish 0640 (README), here a throwaway secret in a fresh folder.
    { mode: 0o644 },
  )
  const shipped = path.resolve('deploy', 'varnish')
  let output = ''
  const child: ChildProcess = spawn(
    varnishd,
    [
      '-F',
      '-a',
      `127.0.0.1:${options.port}`,
      '-T',
      `127.0.0.1:${options.adminPort}`,
      '-n',
      path.join(dir, 'state'),
      '-p',
      `vcl_path=${dir}:${shipped}`,
      '-f',
      path.join(shipped, 'default.vcl'),
      '-s',
      'malloc,64m',
      ...varnishdParameters.flatMap((parameter) => ['-p', parameter]),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  const origin = `http://127.0.0.1:${options.port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`varnishd stopped:\n${output}`)
    const up = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) return { origin, output: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`Varnish did not reach the app within 30 s:\n${output}`)
}
