import type { Payload } from 'payload'

import { idOf } from '@/content/relations'
import type { EmbargoLink, PressRelease } from '@/payload-types'

/**
 * What a journalist's link shows. A dead link says why (issue 10, item 7), never with any of the
 * release's text: `revoked` by the press office, `expired`, `public` (the embargo has lifted:
 * the release is on the public site), `withdrawn` (no longer under embargo, and not public).
 * `unavailable` is a token that names no link at all.
 */
export type EmbargoView =
  | { state: 'embargoed'; release: PressRelease; link: EmbargoLink; until: string; timeZone: string }
  | { state: 'public'; slug: string }
  | { state: 'revoked'; at: string | null }
  | { state: 'expired'; at: string }
  | { state: 'withdrawn' }
  | { state: 'unavailable' }

/**
 * When a release that journalists may read ahead becomes public: its embargo, or the planned
 * publication of a scheduled release (a link makes the schedule an embargo for its holder).
 */
export function liftMoment(
  release: Pick<
    PressRelease,
    'editorialStatus' | 'embargoUntil' | 'embargoUntil_tz' | 'publishAt' | 'publishAt_tz'
  >,
): { at: string; timeZone: string } | undefined {
  if (release.editorialStatus !== 'scheduled') return undefined
  if (release.embargoUntil) return { at: release.embargoUntil, timeZone: release.embargoUntil_tz ?? 'UTC' }
  if (release.publishAt) return { at: release.publishAt, timeZone: release.publishAt_tz ?? 'UTC' }
  return undefined
}

/**
 * Only the server calls this (with access overridden): the token is the credential, so the text
 * is shown only for a link that is neither revoked nor expired, for a release still ahead of its
 * lift.
 */
export async function embargoView(payload: Payload, token: string, now = new Date()): Promise<EmbargoView> {
  if (!/^[\w-]{20,64}$/.test(token)) return { state: 'unavailable' }
  const { docs } = await payload.find({
    collection: 'embargo-links',
    where: { token: { equals: token } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const link = docs[0]
  const releaseId = idOf(link?.release)
  if (!link || releaseId === undefined) return { state: 'unavailable' }
  if (link.revoked) return { state: 'revoked', at: link.revokedAt ?? null }
  const published = await payload
    .findByID({ collection: 'press-releases', id: releaseId, depth: 0, overrideAccess: true })
    .catch(() => null)
  const liftedAlready =
    !published?.embargoUntil || new Date(published.embargoUntil).getTime() <= now.getTime()
  // Once public, the public page answers whoever asks; the link may as well lead there.
  if (published?._status === 'published' && liftedAlready && published.slug)
    return { state: 'public', slug: published.slug }
  const expires = link.expiresAt ? new Date(link.expiresAt).getTime() : NaN
  if (!(expires > now.getTime())) return { state: 'expired', at: link.expiresAt ?? now.toISOString() }
  // The approved text (the latest version), with the records it links to as the public will see
  // them: read through the version, Payload populates relationships with their published copy,
  // where `draft: true` would show an officer's unpublished change to a speech (issue 10, item 3).
  const { docs: versions } = await payload.findVersions({
    collection: 'press-releases',
    where: { and: [{ parent: { equals: releaseId } }, { latest: { equals: true } }] },
    limit: 1,
    depth: 2,
    overrideAccess: true,
  })
  const latest = versions[0]?.version
  const release: PressRelease | undefined = latest ? { ...latest, id: published?.id ?? latest.id } : undefined
  const lift = release ? liftMoment(release) : undefined
  if (!release || !lift || new Date(lift.at).getTime() <= now.getTime()) return { state: 'withdrawn' }
  return { state: 'embargoed', release, link, until: lift.at, timeZone: lift.timeZone }
}
