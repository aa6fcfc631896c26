// @ts-check
/**
 * withPayload (@payloadcms/next) asks every browser, on every path ('/:path*'), for its colour
 * scheme: `Accept-CH`, `Vary` and `Critical-CH: Sec-CH-Prefers-Color-Scheme`, so that the admin can
 * render its theme without a flash. The public site never reads the hint, and there the headers
 * cost: `Critical-CH` makes Chromium discard the answer to a first visit and ask for the page
 * again, and `Vary` splits a CDN's copy of each page by colour scheme. This moves Payload's rule
 * to the admin. Upstream: https://github.com/payloadcms/payload/issues/17906
 */

/** Where the admin lives (payload.config.ts keeps Payload's default route). */
const adminSource = '/admin/:path*'

/**
 * @typedef {{ source: string, headers: { key: string, value: string }[] }} HeaderRule
 * @param {HeaderRule} rule
 */
const isPayloadClientHints = (rule) =>
  rule.source === '/:path*' && rule.headers.some((header) => header.key.toLowerCase() === 'critical-ch')

/**
 * The Next config with withPayload's client-hint headers on the admin only.
 * @template {{ headers?: () => Promise<HeaderRule[]> }} Config
 * @param {Config} config
 * @returns {Config}
 */
export function adminOnlyClientHints(config) {
  const headers = config.headers
  if (!headers) return config
  return {
    ...config,
    headers: async () =>
      (await headers()).map((rule) => (isPayloadClientHints(rule) ? { ...rule, source: adminSource } : rule)),
  }
}
