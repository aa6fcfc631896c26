import type { Where } from 'payload'

import type { Media, Participant, PressRelease, Settings } from '@/payload-types'

import { payloadClient, type Locale } from './payload'

type Access = { locale?: Locale; draft?: boolean }

export type ReleaseSummary = {
  id: number | string
  slug: string
  headline: string
  summary: string
  datelinePlace: string
  date: string
  hero?: Pick<Media, 'url' | 'alt' | 'width' | 'height'>
}

function relationDoc<T extends object>(value: number | string | T | null | undefined): T | undefined {
  return value && typeof value === 'object' ? value : undefined
}

function toSummary(
  release: Pick<PressRelease, 'id' | 'headline' | 'slug' | 'dateline' | 'summary' | 'heroImage'>,
): ReleaseSummary {
  const hero = relationDoc<Media>(release.heroImage)
  return {
    id: release.id,
    slug: release.slug ?? String(release.id),
    // Required in English; another locale falls back to it, so these are only empty on a broken record.
    headline: release.headline ?? '',
    summary: release.summary ?? '',
    datelinePlace: release.dateline.place ?? '',
    date: release.dateline.date,
    hero: hero?.url
      ? { url: hero.sizes?.card?.url ?? hero.url, alt: hero.alt, width: hero.width, height: hero.height }
      : undefined,
  }
}

/**
 * Public list of releases, newest first. Access rules decide what is visible: published
 * and not under embargo, unless a staff user is previewing drafts.
 */
export async function listReleases({
  locale = 'en',
  page = 1,
  limit = 10,
  where,
}: Access & { page?: number; limit?: number; where?: Where } = {}) {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'press-releases',
    locale,
    fallbackLocale: 'en',
    page,
    limit,
    where,
    // Newest first; releases of the same day, the one entered last first.
    sort: ['-dateline.date', '-createdAt', '-id'],
    depth: 1,
    overrideAccess: false,
    select: { headline: true, slug: true, summary: true, dateline: true, heroImage: true },
  })
  return { ...result, docs: result.docs.map(toSummary) }
}

export async function getReleaseBySlug(
  slug: string,
  { locale = 'en' }: Access = {},
): Promise<PressRelease | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'press-releases',
    locale,
    fallbackLocale: 'en',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 2,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

export async function getSettings(locale: Locale = 'en'): Promise<Settings> {
  const payload = await payloadClient()
  return payload.findGlobal({
    slug: 'settings',
    locale,
    fallbackLocale: 'en',
    depth: 0,
    overrideAccess: false,
  })
}

export function participantName(value: number | string | Participant | null | undefined): string | undefined {
  return relationDoc<Participant>(value)?.name ?? undefined
}
