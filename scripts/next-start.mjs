// The arguments and Node options of `next start` wherever Communiqué runs Next.js in production: `npm start`,
// `npm run start:web` (scripts/start.mjs) and the browser tests' server (scripts/e2e-server.mjs).
//
// Idle keep-alive connections stay open 65 s, longer than the proxy in front keeps them
// (Varnish's backend_idle_timeout is 60 s): the proxy closes an idle connection first and never
// sends a request down one that Next.js is closing at that moment. With Node's default of 5 s,
// such a request is answered with a reset (the `read ECONNRESET` of the browser tests' API calls
// after a pause of a few seconds).
export const keepAliveMs = 65_000

/** `next start` on `host`:`port`. */
export function nextStartArgs(host, port) {
  return ['start', '--hostname', host, '--port', String(port), '--keepAliveTimeout', String(keepAliveMs)]
}

/**
 * The Next.js server's JavaScript heap limit in MiB (`HEAP_LIMIT_MB`). Without one, V8 sizes the
 * heap by the machine's memory and lets it grow under load with garbage it has no reason to
 * collect yet: bench:scale's ten connections took the server from ~280 to 670–735 MiB resident;
 * with 384 the peak was ~410 MiB at the same throughput (docs/benchmarks.md, issue 12). What the
 * server holds on purpose is bounded elsewhere (Next's cache, our caches), well below this.
 */
export const defaultHeapLimitMb = 384

/** NODE_OPTIONS for `next start`: the given ones, without deprecation warnings, with the heap limit. */
export function nextNodeOptions(env = process.env) {
  const given = (env.NODE_OPTIONS ?? '').trim()
  const raw = env.HEAP_LIMIT_MB?.trim() || String(defaultHeapLimitMb)
  const limit = Number(raw)
  if (!/^\d+$/.test(raw) || limit < 128)
    throw new Error(`HEAP_LIMIT_MB must be a whole number of MiB, at least 128, not "${env.HEAP_LIMIT_MB}".`)
  const heap = /--max-old-space-size/.test(given) ? '' : `--max-old-space-size=${limit}`
  return [given, '--no-deprecation', heap].filter(Boolean).join(' ')
}
