// @ts-check
/**
 * The headers that tell a browser how to treat this site (issue 11). Plain JavaScript so that
 * next.config.mjs can import it: the static headers are Next's own `headers()`, applied by its
 * router to every answer, cached pages included, without running proxy.ts (running the proxy on
 * every request halved the cached pages' throughput: docs/benchmarks.md, 2026-11-30).
 *
 * Two Content-Security-Policies, in production only (development needs eval for Next's overlay):
 * - The admin is rendered per request anyway, so proxy.ts gives each admin page a nonce and
 *   scripts run only with it ('strict-dynamic' lets those scripts load Next's chunks).
 * - The public site is served from the ISR cache, where no per-request nonce can exist (Next
 *   applies nonces only while rendering: node_modules/next/dist/docs/01-app/02-guides/
 *   content-security-policy.md), and its inline RSC scripts change with every page, so no hash
 *   can list them. It gets Next's documented policy without nonces: scripts from this origin plus
 *   inline ones, nothing from any other origin, no plugins, no framing.
 * HSTS is sent in production whatever the transport: browsers ignore it over plain HTTP (RFC 6797
 * §8.1), and the build cannot know whether the server will run behind HTTPS.
 */

/**
 * @param {string} script the script-src sources
 * @param {string[]} [connect] more connect-src sources (the admin's co-editing sync server)
 */
function policy(script, connect = []) {
  return [
    "default-src 'self'",
    `script-src ${script}`,
    // Payload's admin and React set inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connect].join(' '),
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** The public site's policy (every path but the admin's). */
export const sitePolicy = policy("'self' 'unsafe-inline'")

/**
 * The admin's policy for one response, with its nonce; the body editor connects to the co-editing
 * sync server too (src/content/collabAddress.ts).
 * @param {string} nonce
 * @param {string[]} [connect] the sync server's origin
 */
export const adminPolicy = (nonce, connect = []) =>
  policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, connect)

/** Paths under the admin, which get `adminPolicy` from proxy.ts instead of `sitePolicy`. */
export const adminPath = /^\/admin(?:\/|$)/

/**
 * next.config.mjs's `headers()`: what every answer carries.
 * @param {boolean} production
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function staticSecurityHeaders(production) {
  const everywhere = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    // The development overlay may be framed by tools; production never.
    { key: 'X-Frame-Options', value: production ? 'DENY' : 'SAMEORIGIN' },
  ]
  if (!production) return [{ source: '/:path*', headers: everywhere }]
  return [
    {
      source: '/:path*',
      // Two years, as hstspreload.org asks.
      headers: [
        ...everywhere,
        { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
      ],
    },
    // Everything outside /admin (a negative lookahead: Next's `source` has no "except").
    {
      source: '/:path((?!admin(?:/|$)).*)',
      headers: [{ key: 'Content-Security-Policy', value: sitePolicy }],
    },
  ]
}
