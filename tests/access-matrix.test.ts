import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PressRelease } from '@/payload-types'

import { anonymous, api, type ApiResponse, type Session } from './helpers/http'
import { startPayload } from './helpers/payload'
import { draftRelease, publishedRelease } from './helpers/releases'
import { createStaff, type Staff } from './helpers/users'

/**
 * The access rules as a matrix: role × action × channel → allowed or denied. Each cell runs on
 * fresh records, through the REST and GraphQL APIs as served to browsers. To add a rule, add a
 * row to `matrix`: its `rest` and `graphql` runners say, for a session, whether the action
 * took effect (or returned the data).
 */

type Role = 'public' | 'officer' | 'editor' | 'admin'
const roles: Role[] = ['public', 'officer', 'editor', 'admin']

let payload: Payload
let staff: Staff
let http: ReturnType<typeof api>
const sessions = {} as Record<Role, Session>

beforeAll(async () => {
  payload = await startPayload('access-matrix')
  staff = await createStaff(payload)
  http = api(payload)
  sessions.public = anonymous
  sessions.officer = await http.login(staff.officer.email, 'test-officer-password')
  sessions.editor = await http.login(staff.editor.email, 'test-editor-password')
  sessions.admin = await http.login(staff.admin.email, 'test-admin-password')
})
afterAll(async () => {
  await payload?.destroy()
})

const ok = (response: ApiResponse) => response.status >= 200 && response.status < 300
const gqlData = (response: ApiResponse, key: string) =>
  (response.body.data as Record<string, unknown> | null | undefined)?.[key] ?? null
const gqlOk = (response: ApiResponse, key: string) => !response.body.errors && gqlData(response, key) !== null

async function stored(id: number): Promise<PressRelease> {
  return payload.findByID({ collection: 'press-releases', id, overrideAccess: true, depth: 0 })
}
async function embargoed(): Promise<PressRelease> {
  const release = await draftRelease(payload, staff.officer)
  await http.rest('POST', `/press-releases/${release.id}/workflow`, sessions.officer, { action: 'submit' })
  await http.rest('POST', `/press-releases/${release.id}/workflow`, sessions.editor, {
    action: 'embargo',
    at: new Date(Date.now() + 86_400_000).toISOString(),
    timezone: 'Europe/Vienna',
  })
  return release
}
async function publishedVersionId(release: PressRelease): Promise<number> {
  const { docs } = await payload.findVersions({
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
      ok(await http.rest('GET', `/press-releases/${(await publishedRelease(payload, staff.editor)).id}`, s)),
    graphql: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      return gqlOk(await http.graphql(`{ PressRelease(id: ${id}) { id headline } }`, s), 'PressRelease')
    },
  },
  {
    action: 'read a draft release',
    allowed: staffRoles,
    rest: async (s) =>
      ok(
        await http.rest(
          'GET',
          `/press-releases/${(await draftRelease(payload, staff.officer)).id}?draft=true`,
          s,
        ),
      ),
    graphql: async (s) => {
      const { id } = await draftRelease(payload, staff.officer)
      return gqlOk(await http.graphql(`{ PressRelease(id: ${id}, draft: true) { id } }`, s), 'PressRelease')
    },
  },
  {
    action: 'read an embargoed release before the embargo lifts',
    allowed: staffRoles,
    rest: async (s) => {
      const { id } = await embargoed()
      const list = await http.rest('GET', `/press-releases?draft=true&where[id][equals]=${id}`, s)
      return (
        ok(await http.rest('GET', `/press-releases/${id}?draft=true`, s)) ||
        (list.body.docs as unknown[]).length > 0
      )
    },
    graphql: async (s) => {
      const { id } = await embargoed()
      const one = await http.graphql(`{ PressRelease(id: ${id}, draft: true) { id } }`, s)
      const list = await http.graphql(
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
      await publishedRelease(payload, staff.editor)
      const response = await http.rest('GET', '/press-releases/versions', s)
      return ok(response) && (response.body.docs as unknown[]).length > 0
    },
    graphql: async (s) =>
      gqlOk(await http.graphql('{ versionsPressReleases { docs { id } } }', s), 'versionsPressReleases'),
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
    rest: async (s) => ok(await http.rest('GET', `/${slug}`, s)),
    graphql: async (s) => gqlOk(await http.graphql(`{ ${name} { docs { id } } }`, s), name),
  })),
  {
    action: 'publish a draft by saving it as published',
    allowed: editors,
    rest: async (s) => {
      const { id } = await draftRelease(payload, staff.officer)
      await http.rest('PATCH', `/press-releases/${id}`, s, { _status: 'published' })
      return (await stored(id))._status === 'published'
    },
    graphql: async (s) => {
      const { id } = await draftRelease(payload, staff.officer)
      await http.graphql(`mutation { updatePressRelease(id: ${id}, data: { _status: published }) { id } }`, s)
      return (await stored(id))._status === 'published'
    },
  },
  {
    action: 'unpublish by a save without draft=true',
    allowed: editors,
    rest: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      await http.rest('PATCH', `/press-releases/${id}`, s, { _status: 'draft' })
      return (await stored(id))._status === 'draft'
    },
    graphql: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      await http.graphql(`mutation { updatePressRelease(id: ${id}, data: { _status: draft }) { id } }`, s)
      return (await stored(id))._status === 'draft'
    },
  },
  {
    action: 'change a published release in place',
    allowed: editors,
    rest: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      await http.rest('PATCH', `/press-releases/${id}`, s, { headline: 'Changed in place' })
      return (await stored(id)).headline === 'Changed in place'
    },
    graphql: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      await http.graphql(
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
      const release = await publishedRelease(payload, staff.editor)
      const versionId = await publishedVersionId(release)
      await http.rest('PATCH', `/press-releases/${release.id}`, sessions.editor, { _status: 'draft' })
      await http.rest('POST', `/press-releases/versions/${versionId}`, s)
      return (await stored(release.id))._status === 'published'
    },
    graphql: async (s) => {
      const release = await publishedRelease(payload, staff.editor)
      const versionId = await publishedVersionId(release)
      await http.rest('PATCH', `/press-releases/${release.id}`, sessions.editor, { _status: 'draft' })
      await http.graphql(`mutation { restoreVersionPressRelease(id: ${versionId}) { id } }`, s)
      return (await stored(release.id))._status === 'published'
    },
  },
  {
    action: 'approve through the workflow',
    allowed: editors,
    rest: async (s) => {
      const { id } = await draftRelease(payload, staff.officer)
      await http.rest('POST', `/press-releases/${id}/workflow`, sessions.officer, { action: 'submit' })
      return ok(await http.rest('POST', `/press-releases/${id}/workflow`, s, { action: 'approve' }))
    },
  },
  {
    action: 'set the editorial status directly, skipping the workflow',
    allowed: [],
    rest: async (s) => {
      const { id } = await draftRelease(payload, staff.officer)
      await http.rest('PATCH', `/press-releases/${id}?draft=true`, s, { editorialStatus: 'approved' })
      return (
        (await payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true }))
          .editorialStatus === 'approved'
      )
    },
    graphql: async (s) => {
      const { id } = await draftRelease(payload, staff.officer)
      await http.graphql(
        `mutation { updatePressRelease(id: ${id}, draft: true, data: { editorialStatus: approved }) { id } }`,
        s,
      )
      return (
        (await payload.findByID({ collection: 'press-releases', id, draft: true, overrideAccess: true }))
          .editorialStatus === 'approved'
      )
    },
  },
  {
    action: 'change their own role to admin',
    allowed: ['admin'],
    rest: async (s) => {
      const me = await http.rest('GET', '/users/me', s)
      const id = (me.body.user as { id?: number } | null)?.id
      if (!id) return false
      await http.rest('PATCH', `/users/${id}`, s, { role: 'admin' })
      const role = (await payload.findByID({ collection: 'users', id, overrideAccess: true })).role
      return role === 'admin'
    },
    graphql: async (s) => {
      const me = await http.graphql('{ meUser { user { id } } }', s)
      const id = (gqlData(me, 'meUser') as { user?: { id: number } } | null)?.user?.id
      if (!id) return false
      await http.graphql(`mutation { updateUser(id: ${id}, data: { role: admin }) { id } }`, s)
      return (await payload.findByID({ collection: 'users', id, overrideAccess: true })).role === 'admin'
    },
  },
  {
    action: 'write to the activity log (create, change, delete)',
    allowed: [],
    rest: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      const entry = (
        await payload.find({
          collection: 'activity',
          where: { docId: { equals: String(id) } },
          overrideAccess: true,
        })
      ).docs[0]!
      const created = await http.rest('POST', '/activity', s, { ...entry, id: undefined, summary: 'forged' })
      await http.rest('PATCH', `/activity/${entry.id}`, s, { summary: 'rewritten' })
      await http.rest('DELETE', `/activity/${entry.id}`, s)
      const after = await payload.find({
        collection: 'activity',
        where: { id: { equals: entry.id } },
        overrideAccess: true,
      })
      return ok(created) || after.docs.length === 0 || after.docs[0]!.summary !== entry.summary
    },
    graphql: async (s) => {
      const { id } = await publishedRelease(payload, staff.editor)
      const entry = (
        await payload.find({
          collection: 'activity',
          where: { docId: { equals: String(id) } },
          overrideAccess: true,
        })
      ).docs[0]!
      await http.graphql(
        `mutation { updateActivity(id: ${entry.id}, data: { summary: "rewritten" }) { id } }`,
        s,
      )
      await http.graphql(`mutation { deleteActivity(id: ${entry.id}) { id } }`, s)
      const after = await payload.find({
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
    rest: async (s) => ok(await http.rest('GET', '/payload-jobs/run', s)),
  },
]

describe.each(matrix)('$action', (row) => {
  it.each(roles)('%s', async (role) => {
    const expected = row.allowed.includes(role)
    const rest = await row.rest(sessions[role])
    expect(rest, `REST: ${role} ${expected ? 'may' : 'may not'} ${row.action}`).toBe(expected)
    if (!row.graphql) return
    const graphql = await row.graphql(sessions[role])
    expect(graphql, `GraphQL: ${role} ${expected ? 'may' : 'may not'} ${row.action}`).toBe(expected)
  })
})

describe('users of any other collection', () => {
  it('get no staff rights, even with a staff role name', async () => {
    const outsider = {
      id: staff.editor.id,
      email: 'reader@example.org',
      role: 'editor',
      collection: 'subscribers',
    }
    const draft = await draftRelease(payload, staff.officer)
    await expect(
      payload.findByID({
        collection: 'press-releases',
        id: draft.id,
        draft: true,
        user: outsider as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: 'press-releases',
        id: draft.id,
        data: { _status: 'published' },
        user: outsider as never,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const activity = await payload
      .find({ collection: 'activity', user: outsider as never, overrideAccess: false })
      .then(
        ({ docs }) => docs,
        () => [],
      )
    expect(activity).toEqual([])
  })
})
