// `npm start`: Next.js (site and admin) and the co-editing sync server (scripts/collab-server.ts)
// side by side; either one ending stops the other. `npm run start:web` (--web): Next.js alone, for
// the replicas of a multi-server deployment (README, "Several servers").
import { spawn } from 'node:child_process'
import path from 'node:path'

import { nextNodeOptions, nextStartArgs } from './next-start.mjs'

const host = process.env.HOST || '127.0.0.1'
const port = process.env.PORT || '3000'
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() }

const children = [
  spawn(path.resolve('node_modules', '.bin', 'next'), nextStartArgs(host, port), {
    stdio: 'inherit',
    env: { ...env, NODE_OPTIONS: nextNodeOptions() },
  }),
  ...(process.argv.includes('--web')
    ? []
    : [
        spawn(process.execPath, ['scripts/payload.mjs', 'run', 'scripts/collab-server.ts'], {
          stdio: 'inherit',
          // The web server keeps the search index and the planner statistics (src/server/onInit.ts).
          env: { ...env, COMMUNIQUE_MAINTENANCE: 'off' },
        }),
      ]),
]
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => children.forEach((child) => child.kill(signal)))
for (const child of children)
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM')
    process.exitCode = code ?? 0
  })
