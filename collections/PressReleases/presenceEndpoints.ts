import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { isStaff } from '@/access/roles'
import { initialsOf } from '@/globals/branding/brand'
import { heartbeatInput, leaveInput, presenceQuery } from '@/server/presence/input'
import { presenceStore, presenceTtlMs, type Presence, type PresentUser } from '@/server/presence/store'
import { documentId, parseInput, queryOf } from '@/server/requestInput'
import type { Media, User } from '@/payload-types'

/**
 * Presence in releases (issue 15, item 2): who is viewing and who is editing each one.
 *
 * The edit view posts a heartbeat every second and gets who is there in the same answer; the list
 * and the dashboard read many releases at once, every second too. Polling rather than Server-Sent
 * Events: a one-second poll already shows a colleague within 2 s, it needs no long-lived
 * connection through Varnish and the load balancer (issue 14), no Redis pub/sub for several
 * instances, and a closed laptop simply stops polling. Each poll is one read of the session's user
 * and one indexed read of the releases asked about (whether this user may read them); nothing is
 * written to the database, so no poll waits behind a save.
 *
 * Only staff (the admin's users) are answered; the public gets 401, and presence is given only for
 * releases the caller may read.
 */

const slug = 'press-releases'
const noStore = { 'Cache-Control': 'no-store' }

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: noStore })

function refusal(req: PayloadRequest): Response | undefined {
  if (!req.user) return answer(401, 'Sign in as newsroom staff to see who is in a release.')
  if (!isStaff(req.user)) return answer(403, 'Only newsroom staff see who is in a release.')
  return undefined
}

/** The ids among `ids` that this user may read, by the collection's own access rule. */
async function readable(req: PayloadRequest, ids: (number | string)[]): Promise<Set<string>> {
  const { docs } = await req.payload.find({
    collection: slug,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { updatedAt: true },
    overrideAccess: false,
    user: req.user,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/**
 * The path of a user's photo: its small size, from the session's user (Payload populates the upload
 * when it reads the user for the session). Only a path on this site: the admin's CSP allows no other
 * origin, and SERVER_URL may name another host than the one the browser uses.
 */
function avatarOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  const media = value as Partial<Media>
  if (!media.mimeType?.startsWith('image/')) return undefined
  const url = media.sizes?.thumbnail?.url || media.url
  if (!url) return undefined
  const path = new URL(url, 'http://localhost').pathname
  return path.startsWith('/api/media/file/') ? path : undefined
}

function who(req: PayloadRequest): PresentUser {
  const user = req.user as User
  const name = user.name?.trim() || user.email || 'Someone'
  const avatar = avatarOf(user.avatar)
  return { id: user.id, name, initials: initialsOf(name).toUpperCase(), ...(avatar ? { avatar } : {}) }
}

const unavailable = (error: unknown) => {
  console.warn(`[presence] ${error instanceof Error ? error.message : String(error)}`)
  return answer(503, 'Presence is unavailable for the moment; editing is not affected.')
}

/** A staff member's request about one release: the caller, the id and the body checked, in that order. */
async function tabRequest<S extends z.ZodType>(
  req: PayloadRequest,
  schema: S,
): Promise<
  { ok: false; response: Response } | { ok: true; doc: string; id: number | string; input: z.output<S> }
> {
  const refused = refusal(req)
  if (refused) return { ok: false, response: refused }
  const id = parseInput(documentId(req.payload.db.defaultIDType), req.routeParams?.id, 'id')
  if (!id.ok) return id
  const body = req.json ? await req.json().catch(() => undefined) : undefined
  const input = parseInput(schema, body, 'body')
  if (!input.ok) return input
  return { ok: true, doc: String(id.data), id: id.data, input: input.data }
}

/** POST /api/press-releases/:id/presence  { tab, state } → { present } */
export const heartbeatEndpoint: Endpoint = {
  path: '/:id/presence',
  method: 'post',
  handler: async (req) => {
    const request = await tabRequest(req, heartbeatInput)
    if (!request.ok) return request.response
    const { doc, id, input } = request
    if (!(await readable(req, [id])).has(doc))
      return answer(404, 'There is no release with this id that you may read.')
    try {
      const store = presenceStore()
      await store.beat({ doc, tab: input.tab, user: who(req), state: input.state }, presenceTtlMs)
      const present: Presence[] = (await store.read([doc])).get(doc) ?? []
      return Response.json({ present }, { headers: noStore })
    } catch (error) {
      return unavailable(error)
    }
  },
}

/** POST /api/press-releases/:id/presence/leave  { tab }: the tab closed (sent as a beacon). */
export const leaveEndpoint: Endpoint = {
  path: '/:id/presence/leave',
  method: 'post',
  handler: async (req) => {
    const request = await tabRequest(req, leaveInput)
    if (!request.ok) return request.response
    try {
      // Only this user's own tab: nothing to check about the release.
      await presenceStore().leave(request.doc, who(req).id, request.input.tab)
      return new Response(null, { status: 204, headers: noStore })
    } catch (error) {
      return unavailable(error)
    }
  },
}

/** GET /api/press-releases/presence?ids=1,2,3 → { present: { [id]: Presence[] } } */
export const presenceListEndpoint: Endpoint = {
  path: '/presence',
  method: 'get',
  handler: async (req) => {
    const refused = refusal(req)
    if (refused) return refused
    const query = parseInput(presenceQuery(req.payload.db.defaultIDType), queryOf(req.url ?? ''), 'query')
    if (!query.ok) return query.response
    const docs = [...(await readable(req, [...new Set(query.data.ids)]))]
    try {
      const people = await presenceStore().read(docs)
      return Response.json({ present: Object.fromEntries(people) }, { headers: noStore })
    } catch (error) {
      return unavailable(error)
    }
  },
}

export const presenceEndpoints = [presenceListEndpoint, heartbeatEndpoint, leaveEndpoint]
