import { describe, expect, it } from 'vitest'

import type { PressRelease } from '@/payload-types'

import type { ApiResponse, Session } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease, publishedRelease } from './helpers/releases'
import { testRoles as roles, type TestRole as Role } from './helpers/users'

/**
 * The access rules as a matrix: role × action × channel → allowed or denied. Each cell runs on
 * fresh records, through the REST and GraphQL APIs as served to browsers. To add a rule, add a
 * row to `matrix`: its `rest` and `graphql` runners say, for a session, whether the action
 * took effect (or returned the data).
 */

const room = freshNewsroom('access-matrix')

const ok = (response: ApiResponse) => response.status >= 200 && response.status < 300
const gqlData = (response: ApiResponse, key: string) =>
  (response.body.data as Record<string, unknown> | null | undefined)?.[key] ?? null
const gqlOk = (response: ApiResponse, key: string) => !response.body.errors && gqlData(response, key) !== null

async function stored(id: number): Promise<PressRelease> {
  return room.payload.findByID({ collection: 'press-releases', id, overrideAccess: true, depth: 0 })
}
async function embargoed(): Promise<PressRelease> {
  const release = await draftRelease(room.payload, room.users.officer)
  await room.act('officer', release.id, { action: 'submit' })
  await room.act('editor', release.id, {
    action: 'embargo',
    at: new Date(Date.now() + 86_400_000).toISOString(),
    timezone: 'Europe/Vienna',
  })
  return release
}
/**
 * Whether a user could change their own role. The change asked for is a real one for every role
 * (an admin asks to become an editor, anyone else an admin); the role is put back afterwards.
 */
async function changedOwnRole(
  id: number | undefined,
  patch: (id: number, role: 'admin' | 'editor') => Promise<unknown>,
): Promise<boolean> {
  if (!id) return false
  const roleOf = async () =>
    (await room.payload.findByID({ collection: 'users', id, overrideAccess: true })).role
  const before = await roleOf()
  const wanted = before === 'admin' ? 'editor' : 'admin'
  await patch(id, wanted)
  const after = await roleOf()
  if (after !== before)
    await room.payload.update({ collection: 'users', id, data: { role: before }, overrideAccess: true })
  return after === wanted
}
async function publishedVersionId(release: PressRelease): Promise<number> {
  const { docs } = await room.payload.findVersions({
    collection: 'press-releases',
    where: { and: [{ parent: { equals: release.id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    limit: 1,
  })
  return Number(docs[0]!.id)
}

type Cell = (session: Session) => Promise<boolean>
/** `graphql` is left out where the action has no GraphQL form (custom REST endpoints). */
type Row = { action: string; allowed: Role[]; rest: Cell; graphql?: Cell }

const staffRoles: Role[] = ['officer', 'editor', 'admin']
const editors: Role[] = ['editor', 'admin']

const matrix: Row[] = [
  {
    action: 'read a published release',
    allowed: roles,
    rest: async (s) =>
      ok(
        await room.http.rest(
          'GET',
          `/press-releases/${(await publishedRelease(room.payload, room.users.editor)).id}`,
          s,
        ),
      ),
    graphql: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      return gqlOk(await room.http.graphql(`{ PressRelease(id: ${id}) { id headline } }`, s), 'PressRelease')
    },
  },
  {
    action: 'read a draft release',
    allowed: staffRoles,
    rest: async (s) =>
      ok(
        await room.http.rest(
          'GET',
          `/press-releases/${(await draftRelease(room.payload, room.users.officer)).id}?draft=true`,
          s,
        ),
      ),
    graphql: async (s) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      return gqlOk(
        await room.http.graphql(`{ PressRelease(id: ${id}, draft: true) { id } }`, s),
        'PressRelease',
      )
    },
  },
  {
    action: 'read an embargoed release before the embargo lifts',
    allowed: staffRoles,
    rest: async (s) => {
      const { id } = await embargoed()
      const list = await room.http.rest('GET', `/press-releases?draft=true&where[id][equals]=${id}`, s)
      return (
        ok(await room.http.rest('GET', `/press-releases/${id}?draft=true`, s)) ||
        (list.body.docs as unknown[]).length > 0
      )
    },
    graphql: async (s) => {
      const { id } = await embargoed()
      const one = await room.http.graphql(`{ PressRelease(id: ${id}, draft: true) { id } }`, s)
      const list = await room.http.graphql(
        `{ PressReleases(draft: true, where: { id: { equals: ${id} } }) { docs { id } } }`,
        s,
      )
      const docs = (gqlData(list, 'PressReleases') as { docs: unknown[] } | null)?.docs ?? []
      return gqlOk(one, 'PressRelease') || docs.length > 0
    },
  },
  {
    action: 'read versions',
    allowed: staffRoles,
    rest: async (s) => {
      await publishedRelease(room.payload, room.users.editor)
      const response = await room.http.rest('GET', '/press-releases/versions', s)
      return ok(response) && (response.body.docs as unknown[]).length > 0
    },
    graphql: async (s) =>
      gqlOk(await room.http.graphql('{ versionsPressReleases { docs { id } } }', s), 'versionsPressReleases'),
  },
  ...(
    [
      ['comments', 'Comments', staffRoles],
      ['activity', 'Activities', staffRoles],
      ['users', 'Users', staffRoles],
      ['embargo-links', 'EmbargoLinks', editors],
    ] as const
  ).map(([slug, name, allowed]): Row => ({
    action: `list ${slug}`,
    allowed: [...allowed],
    rest: async (s) => ok(await room.http.rest('GET', `/${slug}`, s)),
    graphql: async (s) => gqlOk(await room.http.graphql(`{ ${name} { docs { id } } }`, s), name),
  })),
  {
    action: 'publish a draft by saving it as published',
    allowed: editors,
    rest: async (s) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      await room.http.rest('PATCH', `/press-releases/${id}`, s, { _status: 'published' })
      return (await stored(id))._status === 'published'
    },
    graphql: async (s) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      await room.http.graphql(
        `mutation { updatePressRelease(id: ${id}, data: { _status: published }) { id } }`,
        s,
      )
      return (await stored(id))._status === 'published'
    },
  },
  {
    action: 'unpublish by a save without draft=true',
    allowed: editors,
    rest: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      await room.http.rest('PATCH', `/press-releases/${id}`, s, { _status: 'draft' })
      return (await stored(id))._status === 'draft'
    },
    graphql: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      await room.http.graphql(
        `mutation { updatePressRelease(id: ${id}, data: { _status: draft }) { id } }`,
        s,
      )
      return (await stored(id))._status === 'draft'
    },
  },
  {
    action: 'change a published release in place',
    allowed: editors,
    rest: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      await room.http.rest('PATCH', `/press-releases/${id}`, s, { headline: 'Changed in place' })
      return (await stored(id)).headline === 'Changed in place'
    },
    graphql: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      await room.http.graphql(
        `mutation { updatePressRelease(id: ${id}, data: { headline: "Changed in place" }) { id } }`,
        s,
      )
      return (await stored(id)).headline === 'Changed in place'
    },
  },
  {
    action: 'publish by restoring a published version',
    allowed: [],
    rest: async (s) => {
      const release = await publishedRelease(room.payload, room.users.editor)
      const versionId = await publishedVersionId(release)
      await room.http.rest('PATCH', `/press-releases/${release.id}`, room.sessions.editor, {
        _status: 'draft',
      })
      await room.http.rest('POST', `/press-releases/versions/${versionId}`, s)
      return (await stored(release.id))._status === 'published'
    },
    graphql: async (s) => {
      const release = await publishedRelease(room.payload, room.users.editor)
      const versionId = await publishedVersionId(release)
      await room.http.rest('PATCH', `/press-releases/${release.id}`, room.sessions.editor, {
        _status: 'draft',
      })
      await room.http.graphql(`mutation { restoreVersionPressRelease(id: ${versionId}) { id } }`, s)
      return (await stored(release.id))._status === 'published'
    },
  },
  {
    action: 'approve through the workflow',
    allowed: editors,
    rest: async (s) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      await room.act('officer', id, { action: 'submit' })
      return ok(await room.http.rest('POST', `/press-releases/${id}/workflow`, s, { action: 'approve' }))
    },
  },
  {
    action: 'set the editorial status directly, skipping the workflow',
    allowed: [],
    rest: async (s) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, s, { editorialStatus: 'approved' })
      return (
        (await room.payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true }))
          .editorialStatus === 'approved'
      )
    },
    graphql: async (s) => {
      const { id } = await draftRelease(room.payload, room.users.officer)
      await room.http.graphql(
        `mutation { updatePressRelease(id: ${id}, draft: true, data: { editorialStatus: approved }) { id } }`,
        s,
      )
      return (
        (await room.payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true }))
          .editorialStatus === 'approved'
      )
    },
  },
  {
    action: 'change their own role',
    allowed: ['admin'],
    rest: async (s) => {
      const me = await room.http.rest('GET', '/users/me', s)
      return changedOwnRole((me.body.user as { id?: number } | null)?.id, (id, role) =>
        room.http.rest('PATCH', `/users/${id}`, s, { role }),
      )
    },
    graphql: async (s) => {
      const me = await room.http.graphql('{ meUser { user { id } } }', s)
      return changedOwnRole(
        (gqlData(me, 'meUser') as { user?: { id: number } } | null)?.user?.id,
        (id, role) =>
          room.http.graphql(`mutation { updateUser(id: ${id}, data: { role: ${role} }) { id } }`, s),
      )
    },
  },
  {
    action: 'write to the activity log (create, change, delete)',
    allowed: [],
    rest: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      const entry = (
        await room.payload.find({
          collection: 'activity',
          where: { docId: { equals: String(id) } },
          overrideAccess: true,
        })
      ).docs[0]!
      const created = await room.http.rest('POST', '/activity', s, {
        ...entry,
        id: undefined,
        summary: 'forged',
      })
      await room.http.rest('PATCH', `/activity/${entry.id}`, s, { summary: 'rewritten' })
      await room.http.rest('DELETE', `/activity/${entry.id}`, s)
      const after = await room.payload.find({
        collection: 'activity',
        where: { id: { equals: entry.id } },
        overrideAccess: true,
      })
      return ok(created) || after.docs.length === 0 || after.docs[0]!.summary !== entry.summary
    },
    graphql: async (s) => {
      const { id } = await publishedRelease(room.payload, room.users.editor)
      const entry = (
        await room.payload.find({
          collection: 'activity',
          where: { docId: { equals: String(id) } },
          overrideAccess: true,
        })
      ).docs[0]!
      await room.http.graphql(
        `mutation { updateActivity(id: ${entry.id}, data: { summary: "rewritten" }) { id } }`,
        s,
      )
      await room.http.graphql(`mutation { deleteActivity(id: ${entry.id}) { id } }`, s)
      const after = await room.payload.find({
        collection: 'activity',
        where: { id: { equals: entry.id } },
        overrideAccess: true,
      })
      return after.docs.length === 0 || after.docs[0]!.summary !== entry.summary
    },
  },
  {
    action: 'run the jobs queue on demand',
    allowed: ['admin'],
    rest: async (s) => ok(await room.http.rest('GET', '/payload-jobs/run', s)),
  },
]

describe.each(matrix)('$action', (row) => {
  it.each(roles)('%s', async (role) => {
    const expected = row.allowed.includes(role)
    const rest = await row.rest(room.sessions[role])
    expect(rest, `REST: ${role} ${expected ? 'may' : 'may not'} ${row.action}`).toBe(expected)
    if (!row.graphql) return
    const graphql = await row.graphql(room.sessions[role])
    expect(graphql, `GraphQL: ${role} ${expected ? 'may' : 'may not'} ${row.action}`).toBe(expected)
  })
})

describe('users of any other collection', () => {
  it('get no staff rights, even with a staff role name', async () => {
    const outsider = {
      id: room.users.editor.id,
      email: 'reader@example.org',
      role: 'editor',
      collection: 'subscribers',
    }
    const draft = await draftRelease(room.payload, room.users.officer)
    await expect(
      room.payload.findByID({
        collection: 'press-releases',
        id: draft.id,
        draft: true,
        user: outsider as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      room.payload.update({
        collection: 'press-releases',
        id: draft.id,
        data: { _status: 'published' },
        user: outsider as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const activity = await room.payload
      .find({ collection: 'activity', user: outsider as never, overrideAccess: false })
      .then(
        ({ docs }) => docs,
        () => [],
      )
    expect(activity).toEqual([])
  })
})
