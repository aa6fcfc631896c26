// @ts-check
// Preloaded into a server by bench/memory.mjs (`node --expose-gc --import`): writes this
// process's `process.memoryUsage()` to $MEMORY_PROBE_DIR/<pid>.json every 250 ms, so the bench
// sees the JavaScript heap beside the resident size (/proc gives only the latter). On SIGUSR2 it
// first runs a full garbage collection (and writes the heap's spaces): "after GC" figures tell
// what is held from what is merely not collected yet. Benchmarks only; never loaded by the
// application.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'

const dir = process.env.MEMORY_PROBE_DIR
if (dir) {
  const file = path.join(dir, `${process.pid}.json`)
  const write = (/** @type {Record<string, unknown>} */ extra = {}) => {
    writeFileSync(file, JSON.stringify({ at: Date.now(), ...process.memoryUsage(), ...extra }))
  }
  setInterval(write, 250).unref()
  process.on('SIGUSR2', () => {
    const gc = /** @type {(() => void) | undefined} */ (globalThis.gc)
    if (gc) {
      gc()
      gc()
    }
    const spaces = Object.fromEntries(
      v8.getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size]),
    )
    // MEMORY_PROBE_SNAPSHOT=1: a heap snapshot beside the figures, to see what holds the heap.
    const snapshot =
      process.env.MEMORY_PROBE_SNAPSHOT === '1'
        ? v8.writeHeapSnapshot(path.join(dir, `${process.pid}-${Date.now()}.heapsnapshot`))
        : undefined
    write({ collectedAt: Date.now(), spaces, snapshot })
  })
}
