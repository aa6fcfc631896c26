import { describe, expect, it } from 'vitest'

import type { Activity, PressRelease } from '@/payload-types'

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

async function stored(id: number, draft = false): Promise<PressRelease> {
  return room.payload.findByID({ collection: 'press-releases', id, draft, overrideAccess: true, depth: 0 })
}

const aDraft = () => draftRelease(room.payload, room.users.officer)
const aPublishedRelease = () => publishedRelease(room.payload, room.users.editor)
async function embargoed(): Promise<PressRelease> {
  const release = await aDraft()
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

/** A release unpublished by an editor, and the id of its published version. */
async function unpublishedWithVersion(): Promise<{ id: number; versionId: number }> {
  const { id } = await aPublishedRelease()
  const { docs } = await room.payload.findVersions({
    collection: 'press-releases',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    limit: 1,
  })
  await room.http.rest('PATCH', `/press-releases/${id}`, room.sessions.editor, { _status: 'draft' })
  return { id, versionId: Number(docs[0]!.id) }
}

/** The entry logged for a new published release. */
async function anActivityEntry(): Promise<Activity> {
  const { id } = await aPublishedRelease()
  const { docs } = await room.payload.find({
    collection: 'activity',
    where: { docId: { equals: String(id) } },
    overrideAccess: true,
  })
  return docs[0]!
}

/** Whether the entry was deleted or rewritten. */
async function changed(entry: Activity): Promise<boolean> {
  const { docs } = await room.payload.find({
    collection: 'activity',
    where: { id: { equals: entry.id } },
    overrideAccess: true,
  })
  return docs.length === 0 || docs[0]!.summary !== entry.summary
}

type Cell = (session: Session) => Promise<boolean>
/** `graphql` is left out where the action has no GraphQL form (custom REST endpoints). */
type Row = { action: string; allowed: Role[]; rest: Cell; graphql?: Cell }

/** A save of a release, through REST and GraphQL: `tookEffect` reads the stored release. */
function saveRow(
  action: string,
  allowed: Role[],
  save: {
    release: () => Promise<PressRelease>
    /** Saved as a draft (`?draft=true`) rather than as the published copy. */
    draft?: boolean
    rest: Record<string, unknown>
    graphql: string
    tookEffect: (release: PressRelease) => boolean
  },
): Row {
  const { release, draft = false, rest, graphql, tookEffect } = save
  return {
    action,
    allowed,
    rest: async (s) => {
      const { id } = await release()
      await room.http.rest('PATCH', `/press-releases/${id}${draft ? '?draft=true' : ''}`, s, rest)
      return tookEffect(await stored(id, draft))
    },
    graphql: async (s) => {
      const { id } = await release()
      const args = `id: ${id}${draft ? ', draft: true' : ''}, data: ${graphql}`
      await room.http.graphql(`mutation { updatePressRelease(${args}) { id } }`, s)
      return tookEffect(await stored(id, draft))
    },
  }
}

const staffRoles: Role[] = ['officer', 'editor', 'admin']
const editors: Role[] = ['editor', 'admin']

const matrix: Row[] = [
  {
    action: 'read a published release',
    allowed: roles,
    rest: async (s) =>
      ok(await room.http.rest('GET', `/press-releases/${(await aPublishedRelease()).id}`, s)),
    graphql: async (s) => {
      const { id } = await aPublishedRelease()
      return gqlOk(await room.http.graphql(`{ PressRelease(id: ${id}) { id headline } }`, s), 'PressRelease')
    },
  },
  {
    action: 'read a draft release',
    allowed: staffRoles,
    rest: async (s) =>
      ok(await room.http.rest('GET', `/press-releases/${(await aDraft()).id}?draft=true`, s)),
    graphql: async (s) => {
      const { id } = await aDraft()
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
      await aPublishedRelease()
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
  saveRow('publish a draft by saving it as published', editors, {
    release: aDraft,
    rest: { _status: 'published' },
    graphql: '{ _status: published }',
    tookEffect: (release) => release._status === 'published',
  }),
  saveRow('unpublish by a save without draft=true', editors, {
    release: aPublishedRelease,
    rest: { _status: 'draft' },
    graphql: '{ _status: draft }',
    tookEffect: (release) => release._status === 'draft',
  }),
  saveRow('change a published release in place', editors, {
    release: aPublishedRelease,
    rest: { headline: 'Changed in place' },
    graphql: '{ headline: "Changed in place" }',
    tookEffect: (release) => release.headline === 'Changed in place',
  }),
  {
    action: 'publish by restoring a published version',
    allowed: [],
    rest: async (s) => {
      const { id, versionId } = await unpublishedWithVersion()
      await room.http.rest('POST', `/press-releases/versions/${versionId}`, s)
      return (await stored(id))._status === 'published'
    },
    graphql: async (s) => {
      const { id, versionId } = await unpublishedWithVersion()
      await room.http.graphql(`mutation { restoreVersionPressRelease(id: ${versionId}) { id } }`, s)
      return (await stored(id))._status === 'published'
    },
  },
  {
    action: 'approve through the workflow',
    allowed: editors,
    rest: async (s) => {
      const { id } = await aDraft()
      await room.act('officer', id, { action: 'submit' })
      return ok(await room.http.rest('POST', `/press-releases/${id}/workflow`, s, { action: 'approve' }))
    },
  },
  saveRow('set the editorial status directly, skipping the workflow', [], {
    release: aDraft,
    draft: true,
    rest: { editorialStatus: 'approved' },
    graphql: '{ editorialStatus: approved }',
    tookEffect: (release) => release.editorialStatus === 'approved',
  }),
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
      const entry = await anActivityEntry()
      const created = await room.http.rest('POST', '/activity', s, {
        ...entry,
        id: undefined,
        summary: 'forged',
      })
      await room.http.rest('PATCH', `/activity/${entry.id}`, s, { summary: 'rewritten' })
      await room.http.rest('DELETE', `/activity/${entry.id}`, s)
      return ok(created) || (await changed(entry))
    },
    graphql: async (s) => {
      const entry = await anActivityEntry()
      await room.http.graphql(
        `mutation { updateActivity(id: ${entry.id}, data: { summary: "rewritten" }) { id } }`,
        s,
      )
      await room.http.graphql(`mutation { deleteActivity(id: ${entry.id}) { id } }`, s)
      return changed(entry)
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
    const draft = await aDraft()
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
