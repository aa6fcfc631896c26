/**
 * Where a browser reaches the co-editing sync server (src/collab), in one place for the editor
 * that connects (src/blocks/collab/Plugin.client.tsx) and the admin's Content-Security-Policy
 * that must allow it (proxy.ts): `connect-src 'self'` covers neither another port nor another
 * host, and a blocked connection leaves the body editor empty.
 */

export type CollabEndpoint = {
  /** COLLAB_URL: the sync server as browsers reach it (behind a proxy, say). */
  url?: string
  /** COLLAB_PORT: without a URL, the page's own host name on this port. */
  port: number
}

/** The page the admin runs in: `window.location`, or the request's URL on the server. */
type Page = { protocol: string; hostname: string }

/** The sync server's base address for a page (no trailing slash); rooms are paths below it. */
export function collabAddress({ url, port }: CollabEndpoint, page: Page): string {
  if (url) return url.replace(/\/+$/, '')
  const scheme = page.protocol === 'https:' ? 'wss' : 'ws'
  // An IPv6 literal keeps its brackets (URL.hostname has them already).
  return `${scheme}://${page.hostname}:${port}`
}

/** The CSP source that lets a page connect there: the address's origin, without a path. */
export function collabSource(endpoint: CollabEndpoint, page: Page): string {
  const address = new URL(collabAddress(endpoint, page))
  return `${address.protocol}//${address.host}`
}
