import type { APIRequestContext } from '@playwright/test'

/**
 * The files of the sitemap index, fetched: /sitemap.xml lists one file per language, section and
 * page (src/site/sitemap.ts). Their URLs carry SERVER_URL's origin; they are fetched by path.
 */
export async function sitemapFiles(request: APIRequestContext, origin = ''): Promise<string[]> {
  const index = await (await request.get(`${origin}/sitemap.xml`)).text()
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname)
  return Promise.all(paths.map(async (path) => (await request.get(origin + path)).text()))
}

/** Every file of the sitemap as one text, for what it does or does not contain. */
export async function sitemapText(request: APIRequestContext, origin = ''): Promise<string> {
  return (await sitemapFiles(request, origin)).join('\n')
}
