import type { Publisher } from '@/data/publisher'

/**
 * schema.org Organization of the publisher, for structured data: its name, home page and, once
 * Settings has a mark, `logo` as an ImageObject with an absolute URL and its size (what Google's
 * Article rich-result check asks of publisher.logo; issue 10, item 6).
 */
export function publisherJsonLd(publisher: Publisher, origin: string): Record<string, unknown> {
  const absolute = (path: string) => new URL(path, origin).toString()
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: absolute('/'),
    ...(publisher.logo
      ? {
          logo: {
            '@type': 'ImageObject',
            url: absolute(publisher.logo.url),
            width: publisher.logo.width,
            height: publisher.logo.height,
          },
        }
      : {}),
  }
}
