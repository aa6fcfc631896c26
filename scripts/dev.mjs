// `npm run dev`: loads the demo newsroom into an empty database, then starts Next.js in
// development mode (site at /, admin at /admin) and the co-editing sync server beside it.
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'

const bin = (name) => path.resolve('node_modules', '.bin', name)
const host = process.env.HOST || '127.0.0.1'
const port = process.env.PORT || '3000'
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() }

const seed = spawnSync(process.execPath, ['scripts/payload.mjs', 'run', 'src/seed/cli.ts', '--if-empty'], {
  stdio: 'inherit',
  env,
})
if (seed.status !== 0) process.exit(seed.status ?? 1)

console.log(`\nCommuniqué: site http://localhost:${port}/ · admin http://localhost:${port}/admin\n`)
const next = spawn(bin('next'), ['dev', '--hostname', host, '--port', port], { stdio: 'inherit', env })
const collab = spawn(process.execPath, ['scripts/payload.mjs', 'run', 'scripts/collab-server.ts'], {
  stdio: 'inherit',
  // The web server keeps the search index and the planner statistics (src/server/onInit.ts).
  env: { ...env, COMMUNIQUE_MAINTENANCE: 'off' },
})
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    next.kill(signal)
    collab.kill(signal)
  })
next.on('exit', (code) => {
  collab.kill('SIGTERM')
  process.exit(code ?? 0)
})
