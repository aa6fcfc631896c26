import type { SearchGroup } from '@/data/search'
import type { Locale } from '@/content/locales'
import { localePath, sitePaths } from '@/i18n/paths'

const pathOf: Record<SearchGroup, (slug: string) => string> = {
  releases: sitePaths.release,
  events: sitePaths.event,
  speeches: sitePaths.speech,
  participants: sitePaths.participant,
  documents: sitePaths.document,
}

/** The public page of a search hit or suggestion, in the reader's language. */
export function searchHitHref(locale: Locale, group: SearchGroup, slug: string): string {
  return localePath(locale, pathOf[group](slug))
}
