import type { Payload, TypedUser } from 'payload'
import { z } from 'zod'

import { canPublish, isStaff } from '@/access/roles'
import { coEdited } from '@/content/coEdited'
import { idOf } from '@/content/relations'

/**
 * Who may join a co-editing room, and whether they may write. The same rules as the edit view:
 * the session is Payload's (the `payload-token` cookie the admin already holds, or an
 * `Authorization: JWT …` header), checked by `payload.auth`; the release is read through the
 * Local API as that user (`overrideAccess: false`), so whoever cannot read it cannot join; a
 * press officer may not change a published release in place (src/workflow/guard.ts), so an
 * officer joins a published release read-only, like any staff member the update rule refuses.
 */

/** The one document kind co-edited so far: a press release's body in one language. */
export const collabCollection = coEdited.collection

/**
 * `/press-releases/<id>/<locale>`, as the admin's WebsocketProvider names the room, after the
 * path of COLLAB_URL if a proxy passes it on (`/collab/press-releases/1/en`).
 */
const roomPath = z
  .string()
  .max(200)
  .regex(/^(?:\/[\w.~-]+)*\/press-releases\/(\d{1,12})\/([a-z]{2,3}(?:-[A-Za-z]{2,4})?)$/)

/**
 * `created` is the release's creation time: SQLite gives a new release the id of the newest one
 * deleted, so a tab still open on a deleted release would otherwise share its room (and its
 * text) with the new release that took its id.
 */
export type Room = {
  id: number
  locale: string
  name: string
  created?: string
  /** The release's author when this connection was admitted: they decide suggestions (./suggestionGuard.ts). */
  authorId?: number | string
}

export type Admission =
  | { ok: true; user: TypedUser; room: Room; canWrite: boolean; published: boolean }
  | { ok: false; status: 400 | 401 | 403 | 404; reason: string }

/** An officer never changes a published release in place; an editor may. */
export const mayWrite = (user: TypedUser, published: boolean): boolean => !published || canPublish(user)

export function parseRoom(pathname: string, locales: readonly string[]): Room | undefined {
  const match = roomPath.safeParse(pathname)
  if (!match.success) return undefined
  const [, id, locale] = /\/press-releases\/(\d+)\/([^/]+)$/.exec(match.data)!
  if (!locales.includes(locale!)) return undefined
  return { id: Number(id), locale: locale!, name: `press-releases/${id}/${locale}` }
}

export async function admit(payload: Payload, headers: Headers, pathname: string): Promise<Admission> {
  const locales = payload.config.localization
    ? payload.config.localization.localeCodes
    : [payload.config.i18n.fallbackLanguage]
  const room = parseRoom(pathname, locales)
  if (!room)
    return {
      ok: false,
      status: 400,
      reason: 'The room must be /press-releases/<id>/<locale> with a locale the site has.',
    }
  const { user } = await payload.auth({ headers })
  if (!user) return { ok: false, status: 401, reason: 'Log in to the admin to co-edit a release.' }
  if (!isStaff(user)) return { ok: false, status: 403, reason: 'Only newsroom staff co-edit releases.' }
  const release = await payload
    .findByID({
      collection: collabCollection,
      id: room.id,
      user,
      overrideAccess: false,
      depth: 0,
      select: { _status: true, createdAt: true, author: true },
      disableErrors: true,
    })
    .catch(() => null)
  if (!release) return { ok: false, status: 404, reason: `No press release ${room.id} that you may read.` }
  const { _status, createdAt, author } = release as { _status?: string; createdAt?: string; author?: unknown }
  const published = _status === 'published'
  const current = {
    ...room,
    name: `${room.name}@${createdAt ?? ''}`,
    created: createdAt,
    authorId: idOf(author),
  }
  return { ok: true, user, room: current, canWrite: mayWrite(user, published), published }
}
