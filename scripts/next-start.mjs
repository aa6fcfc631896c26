// The arguments of `next start` wherever Communiqué runs Next.js in production: `npm start`,
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
