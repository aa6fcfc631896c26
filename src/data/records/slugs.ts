import type { Locale } from '@/content/locales'

import { cachedFetcher } from '../cache'
import { publicFacets, releaseTags } from '../releases'
import { fallbackLang, markEnglish } from '../english'
import { payloadClient } from '../payload'
import { titleField } from '../shape'
import type { Viewer } from '../viewer'
import { everyRecord, listTags } from './query'

/** `lang` is 'en' when the label fell back to English. */
export type Option = { value: string; label: string; lang?: 'en' }

type Named = { id: number | string; slug?: string | null } & Record<string, unknown>

/**
 * A <select> longer than this is unusable, and at scale it is also the page's weight (100,000
 * releases link about 10,000 events and 2,000 participants: a 3.9 MB news page that took 5.5 s to
 * render after every publication). Up to this many, the filter offers every record; beyond, the
 * events and participants of the most recent releases (of the chosen year, if one is chosen).
 * Every record's page links to its releases' filtered list, so none is out of reach.
 */
export const OPTIONS_SHOWN = 60
/** How many of the most recent public releases name the options offered when there are too many. */
const RECENT_RELEASES = 500

type Linked = { event?: number | string | null; participants?: (number | string)[] | null }

/** Events or participants named by the most recent public releases, most recent first. */
async function recentlyLinked(
  viewer: Viewer,
  collection: 'events' | 'participants',
  year: number | undefined,
): Promise<(number | string)[]> {
  const payload = await payloadClient()
  const { docs } = (await payload.find({
    collection: 'press-releases',
    where: year
      ? {
          'dateline.date': {
            greater_than_equal: new Date(Date.UTC(year, 0, 1)).toISOString(),
            less_than: new Date(Date.UTC(year + 1, 0, 1)).toISOString(),
          },
        }
      : {},
    sort: '-dateline.date',
    limit: RECENT_RELEASES,
    depth: 0,
    select: { event: true, participants: true },
    draft: viewer.draft,
    user: viewer.user,
    overrideAccess: false,
    joins: false as never,
  })) as unknown as { docs: Linked[] }
  const ids = docs.flatMap((doc) =>
    collection === 'events' ? (doc.event == null ? [] : [doc.event]) : (doc.participants ?? []),
  )
  return [...new Set(ids)].slice(0, OPTIONS_SHOWN)
}

export type Options = {
  options: Option[]
  /** True when only the records of the most recent releases are offered (see OPTIONS_SHOWN). */
  narrowed: boolean
}

/**
 * Slug and title of the public records of a collection that a public release links to, for the
 * news filter's <select>: the ids come from the database's facets, so no release is read here
 * unless there are too many to offer (then the most recent releases' ones, and the one selected).
 */
export const recordOptions = cachedFetcher(
  'records.options',
  () => [...listTags(), ...releaseTags()],
  async (
    viewer: Viewer,
    collection: 'topics' | 'events' | 'participants',
    locale: Locale,
    { year, selected }: { year?: number; selected?: string } = {},
  ): Promise<Options> => {
    const field = titleField[collection]
    const linked = (await publicFacets(viewer))[collection]
    const narrowed = collection !== 'topics' && linked.length > OPTIONS_SHOWN
    const ids = narrowed ? await recentlyLinked(viewer, collection, year) : linked
    // The selected record stays offered (and selected) when a public release names it, even if
    // not one of the most recent.
    const chosen = narrowed && selected ? { slug: { equals: selected } } : undefined
    if (ids.length === 0 && !chosen) return { options: [], narrowed }
    const idsWhere = { id: { in: ids } }
    const read = await everyRecord<Named>(viewer, collection, {
      locale,
      where: chosen ? { or: [idsWhere, chosen] } : idsWhere,
      sort: collection === 'events' ? '-startsAt' : field,
      select: { slug: true, [field]: true },
    })
    const offered = new Set([...ids, ...linked].map(String))
    const docs = read.filter((record) => offered.has(String(record.id)))
    await markEnglish(viewer, locale, collection, docs)
    const options = docs.flatMap((record) => {
      const label = record[field]
      if (!record.slug) return []
      const lang = fallbackLang(record, field)
      return [
        { value: record.slug, label: typeof label === 'string' ? label : record.slug, ...(lang && { lang }) },
      ]
    })
    return { options, narrowed }
  },
)
