// @ts-check
// What a server-rendered Next.js page is made of, byte by byte: its markup, the RSC payload that
// Next inlines for hydration (`self.__next_f.push(...)` scripts), the JSON-LD, the other scripts.
// Used by bench/release-page.mjs and e2e/site-weight.spec.ts (issue 12).
import { gzipSync } from 'node:zlib'

const bytes = (/** @type {string} */ text) => Buffer.byteLength(text, 'utf8')
const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/g
const flightPush =
  /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(([\s\S]*)\)\s*;?\s*$/

/**
 * @param {string} html a whole page
 * @returns {{
 *   total: number, gzip: number, markup: string, flight: string,
 *   parts: { markup: number, head: number, flightScripts: number, jsonLd: number, otherScripts: number },
 *   jsonLd: string[],
 * }}
 * `markup` is the page without its scripts; `flight` the RSC payload as React reads it (decoded).
 */
export function pageWeight(html) {
  let flight = ''
  let flightScripts = 0
  let otherScripts = 0
  /** @type {string[]} */
  const jsonLd = []
  for (const [tag, attributes, body] of html.matchAll(scriptPattern)) {
    const push = flightPush.exec(body ?? '')
    if (push) {
      flightScripts += bytes(tag)
      const chunk = JSON.parse(push[1] ?? '[]')
      if (typeof chunk[1] === 'string') flight += chunk[1]
    } else if (/type="application\/ld\+json"/.test(attributes ?? '')) {
      jsonLd.push(body ?? '')
    } else {
      otherScripts += bytes(tag)
    }
  }
  const markup = html.replace(scriptPattern, '')
  const head = /<head>[\s\S]*?<\/head>/.exec(markup)?.[0] ?? ''
  const jsonLdBytes = jsonLd.reduce(
    (sum, body) => sum + bytes(body) + bytes('<script type="application/ld+json"></script>'),
    0,
  )
  return {
    total: bytes(html),
    gzip: gzipSync(html).length,
    markup,
    flight,
    parts: { markup: bytes(markup), head: bytes(head), flightScripts, jsonLd: jsonLdBytes, otherScripts },
    jsonLd,
  }
}

/** How many times `needle` occurs in `haystack` (not overlapping). */
export function occurrences(/** @type {string} */ haystack, /** @type {string} */ needle) {
  if (!needle) return 0
  let count = 0
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count++
  return count
}
