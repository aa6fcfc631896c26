/**
 * The headers that tell a browser how to treat this site (issue 11), set by proxy.ts in
 * production. Development keeps Next's defaults: its overlay and hot reload need eval.
 *
 * Why no nonce: Next applies a nonce only while rendering, so a nonce makes every page dynamic
 * (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md, "Static vs Dynamic
 * Rendering with CSP"); the public site is served from the ISR cache and would lose it. Its inline
 * scripts (the RSC payload, `self.__next_f.push(...)`) change with every page, so no hash can
 * list them either. The policy is therefore Next's documented one "without nonces": scripts only
 * from this origin plus inline, no plugins, no other origin anywhere, no framing. The admin gets
 * the same policy: Payload's admin sets inline styles and loads nothing from other origins.
 * A nonce (the admin is dynamic anyway) or experimental.sri is the next step, once the browser
 * tests can show they hold.
 */
export type Transport = { production: boolean; https: boolean }

export const isHttps = (serverUrl: string): boolean => serverUrl.startsWith('https://')

export function contentSecurityPolicy({ https }: Pick<Transport, 'https'>): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** The headers for one response; none outside production. */
export function securityHeaders(transport: Transport): Record<string, string> {
  if (!transport.production) return {}
  return {
    'Content-Security-Policy': contentSecurityPolicy(transport),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    // Two years, as hstspreload.org asks; only over HTTPS, where a browser takes it into account.
    ...(transport.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  }
}
