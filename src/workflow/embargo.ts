import type { Payload } from 'payload'

import { idOf } from '@/content/relations'
import type { EmbargoLink, PressRelease } from '@/payload-types'

export type EmbargoView =
  | { state: 'embargoed'; release: PressRelease; link: EmbargoLink; until: string; timeZone: string }
  | { state: 'public'; slug: string }
  | { state: 'unavailable' }

/**
 * What a journalist's private link shows. Only the server calls this (with access overridden):
 * the token is the credential, so it must name a link that is neither revoked nor expired, for
 * a release that is still under embargo. Once the embargo has lifted, the link leads to the
 * public page.
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
  const expires = link?.expiresAt ? new Date(link.expiresAt).getTime() : NaN
  const releaseId = idOf(link?.release)
  if (!link || link.revoked || !(expires > now.getTime()) || releaseId === undefined)
    return { state: 'unavailable' }
  const published = await payload
    .findByID({ collection: 'press-releases', id: releaseId, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!published) return { state: 'unavailable' }
  const lifted = !published.embargoUntil || new Date(published.embargoUntil).getTime() <= now.getTime()
  if (published._status === 'published' && lifted && published.slug)
    return { state: 'public', slug: published.slug }
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
  if (!latest) return { state: 'unavailable' }
  const release: PressRelease = { ...latest, id: published.id }
  if (!release.embargoUntil || new Date(release.embargoUntil).getTime() <= now.getTime())
    return { state: 'unavailable' }
  return {
    state: 'embargoed',
    release,
    link,
    until: release.embargoUntil,
    timeZone: release.embargoUntil_tz ?? 'UTC',
  }
}
