// `npm test`: every check and test of the README's Tests table, stopping at the first group that
// fails. The static checks each use one core, so they run side by side (CI has two cores); their
// output is printed whole as each ends, not interleaved. The generated-files check rewrites
// src/payload-types.ts and the import map that tsc and Prettier read, so it runs after them.
// Vitest and Playwright spread over the cores themselves and run one after the other, printing
// as they go. The wall time of each step is printed at the end, for CI's log.
import { spawn } from 'node:child_process'

const groups = [['typecheck', 'lint', 'format:check'], ['test:types'], ['test:int'], ['test:e2e']]
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const running = new Set()
const times = []

/** Runs `npm run <script>`; alone it prints as it goes, beside others it prints when done. */
function run(script, alone) {
  const started = Date.now()
  const child = spawn(npm, ['run', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  const output = []
  child.stdout?.on('data', (chunk) => output.push(chunk))
  child.stderr?.on('data', (chunk) => output.push(chunk))
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child)
      const seconds = Math.round((Date.now() - started) / 1000)
      times.push({ script, seconds, ok: code === 0 })
      if (!alone) process.stdout.write(`\n── npm run ${script} (${seconds} s) ──${Buffer.concat(output)}`)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const child of running) child.kill(signal)
    process.exit(1)
  })

const start = Date.now()
let failed = 0
for (const group of groups) {
  const codes = await Promise.all(group.map((script) => run(script, group.length === 1)))
  failed = codes.find((code) => code !== 0) ?? 0
  if (failed) break
}
console.log('\nnpm test, wall time per step:')
for (const { script, seconds, ok } of times)
  console.log(`  ${ok ? ' ' : '✗'} ${script.padEnd(14)} ${seconds} s`)
console.log(`  total          ${Math.round((Date.now() - start) / 1000)} s`)
process.exit(failed)
