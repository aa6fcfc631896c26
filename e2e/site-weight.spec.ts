import { expect, test, type APIRequestContext } from '@playwright/test'

import { occurrences, pageWeight } from '../bench/pageWeight.mjs'
import { releases } from '../src/seed/data/releases'

/**
 * What the release page sends (issue 12). Next inlines the RSC payload beside the markup, so every
 * text shown is sent twice; nothing should travel in the payload more often than it is shown, or
 * without being shown.
 */

const first = releases[0]!

/** The longest stretch of plain words in a text: the same in markup and payload, no escaping. */
function plainStretch(text: string): string {
  const runs = text.match(/[A-Za-z][A-Za-z ,]*[A-Za-z]/g) ?? []
  return runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '')
}

async function weighedPage(request: APIRequestContext, path: string) {
  const response = await request.get(path)
  expect(response.status()).toBe(200)
  return pageWeight(await response.text())
}

test('release: its text is in the RSC payload no more often than on the page, never as rich-text data', async ({
  request,
}) => {
  const { markup, flight, jsonLd } = await weighedPage(request, `/en/news/${first.key}`)
  // What the page shows, its structured data included.
  const shown = markup + jsonLd.join('')
  const paragraphs = first.body
    .flatMap((node) => ('paragraph' in node ? [plainStretch(node.paragraph)] : []))
    .filter((stretch) => stretch.length >= 40)
  expect(paragraphs.length).toBeGreaterThan(5)
  for (const stretch of paragraphs) {
    // A stretch may be shown more than once (a quote block repeats its paragraph, an event's
    // name is also in the sidebar); the payload never holds it more often than the page shows it.
    expect(occurrences(markup, stretch), stretch).toBeGreaterThanOrEqual(1)
    expect(occurrences(flight, stretch), stretch).toBeLessThanOrEqual(occurrences(shown, stretch))
  }
  // The body reaches the browser as rendered elements, never as Lexical's JSON for a client
  // component to render again.
  expect(flight).not.toContain('"type":"paragraph"')
  expect(flight).not.toContain('"root":{')
})

test('release: the RSC payload carries no release summary that the page does not show', async ({
  request,
}) => {
  for (const locale of ['en', 'ru']) {
    const { markup, flight, jsonLd } = await weighedPage(request, `/${locale}/news/${first.key}`)
    // What the page shows, its structured data included.
    const shown = markup + jsonLd.join('')
    // English summaries: the Russian page shows them where a release has no Russian text.
    for (const release of releases) {
      const stretch = plainStretch(release.summary)
      expect(occurrences(flight, stretch), `${locale}: ${release.key}`).toBeLessThanOrEqual(
        occurrences(shown, stretch),
      )
    }
    // No prop spelled out only to say it is absent (`"lang":"$undefined"` on every link).
    expect(occurrences(flight, '"lang":"$undefined"'), locale).toBe(0)
  }
})

test('release: the linked records travel in the payload as compact data, never as whole addresses', async ({
  request,
}) => {
  const { markup, flight } = await weighedPage(request, `/en/news/${first.key}`)
  const aside = /<aside class="release-links"[\s\S]*?<\/aside>/.exec(markup)?.[0] ?? ''
  const hrefs = [...aside.matchAll(/href="(\/en\/(?:participants|speeches|documents|topics)\/[^"]+)"/g)].map(
    (match) => match[1]!,
  )
  expect(hrefs.length).toBeGreaterThan(10)
  // The body's own links (a quote's speaker, a referenced document) are elements of the body.
  const outside = markup.replace(aside, '')
  for (const href of hrefs) {
    const slug = href.slice(href.lastIndexOf('/') + 1)
    // Sent as its slug after the list's common start (src/site/compactLinks.ts), never whole.
    expect(occurrences(flight, `"${href}"`), href).toBeLessThanOrEqual(occurrences(outside, `href="${href}"`))
    expect(occurrences(flight, `"${slug}"`), href).toBeGreaterThanOrEqual(1)
  }
})

test('pages: the payload carries no 404 page that is not shown (app/not-found.tsx)', async ({ request }) => {
  // Next puts the 404 element of every boundary above a page into its payload: without a root
  // not-found file, its built-in one with inline styles, twice (1.6 KB a page).
  for (const path of ['/en', `/en/news/${first.key}`, '/ru/news', '/zh/search?q=SCO']) {
    const { flight } = await weighedPage(request, path)
    expect(flight, path).toContain('"$Sreact.fragment"')
    expect(occurrences(flight, 'This page could not be found'), path).toBe(0)
    expect(occurrences(flight, 'next-error-h1'), path).toBe(0)
  }
})

test('release: a page from the cache is sent whole, and a repeat visit with its ETag gets 304', async ({
  request,
}) => {
  // Next's cached pages keep their ETag and bytes per page text (patches/next+16.4.5.patch): what
  // a reader gets must still be that page, with its own ETag, in full.
  const plain = { 'accept-encoding': 'identity' }
  const pages = new Map<string, { etag: string; body: Buffer }>()
  for (const path of [`/en/news/${first.key}`, `/ru/news/${first.key}`, `/en/news/${releases[1]!.key}`]) {
    await request.get(path, { headers: plain })
    const response = await request.get(path, { headers: plain })
    expect(response.status(), path).toBe(200)
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT')
    const body = await response.body()
    expect(Number(response.headers()['content-length']), path).toBe(body.length)
    expect(body.toString('utf8'), path).toContain(`<link rel="canonical" href="http`)
    expect(body.toString('utf8'), path).toContain(`${path}"/>`)
    expect(body.toString('utf8').trimEnd().endsWith('</html>'), path).toBe(true)
    const etag = response.headers()['etag'] ?? ''
    expect(etag, path).toMatch(/^"[0-9a-z]+"$/)
    pages.set(path, { etag, body })

    const again = await request.get(path, { headers: { ...plain, 'if-none-match': etag } })
    expect(again.status(), path).toBe(304)
    expect((await again.body()).length, path).toBe(0)
    const other = await request.get(path, { headers: { ...plain, 'if-none-match': '"not-this-page"' } })
    expect(other.status(), path).toBe(200)
    expect((await other.body()).equals(body), path).toBe(true)
  }
  // Each page its own ETag.
  expect(new Set([...pages.values()].map(({ etag }) => etag)).size).toBe(pages.size)
})
