import type { Payload } from 'payload'
import { expect, it, vi } from 'vitest'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * The admin's release list as it opens (no filter): its count is the number of latest versions
 * that triggers keep (src/server/listSearch/count.ts, migration 20261202_190000_list_count), not
 * Payload's count over every latest version. It must be what Payload would count, after every
 * kind of write.
 */
const room = freshNewsroom('list-count')

type Client = { execute: (statement: { sql: string; args?: unknown[] }) => Promise<{ rows: unknown[] }> }
const sql = async (query: string) =>
  (await (room.payload.db as unknown as { client: Client }).client.execute({ sql: query })).rows

async function list(
  payload: Payload,
  { index, limit, page }: { index: boolean; limit: number; page: number },
) {
  const result = await payload.find({
    collection: 'press-releases',
    draft: true,
    limit,
    page,
    sort: '-updatedAt',
    depth: 0,
    user: room.users.editor,
    overrideAccess: false,
    context: { listSearch: index },
  })
  const { docs, totalDocs, totalPages, hasNextPage, hasPrevPage, nextPage, prevPage, pagingCounter } = result
  return {
    ids: docs.map((doc) => doc.id),
    totalDocs,
    totalPages,
    hasNextPage,
    hasPrevPage,
    nextPage,
    prevPage,
    pagingCounter,
  }
}

/** Every page of two, with the stored count and with Payload's, the same; and the REST list too. */
async function expectCountsCurrent(releases: number) {
  const [stored] = (await sql('SELECT n FROM list_search_press_releases_latest')) as { n: number }[]
  const [counted] = (await sql('SELECT count(*) AS n FROM _press_releases_v WHERE latest = 1')) as {
    n: number
  }[]
  expect(Number(stored!.n)).toBe(Number(counted!.n))
  for (const page of [1, 2, Math.ceil(releases / 2) + 1]) {
    const withStore = await list(room.payload, { index: true, limit: 2, page })
    expect(withStore).toEqual(await list(room.payload, { index: false, limit: 2, page }))
    expect(withStore.totalDocs).toBe(releases)
  }
  const rest = await room.http.rest('GET', '/press-releases?draft=true&limit=2&depth=0', room.sessions.editor)
  expect(rest.status).toBe(200)
  expect((rest.body as { totalDocs: number }).totalDocs).toBe(releases)
}

it('counts the unfiltered list as Payload would, through drafts, edits, autosaves, publication, restores and deletion', async () => {
  const base = (await room.payload.count({ collection: 'press-releases', overrideAccess: true })).totalDocs
  const created = []
  for (const headline of ['Ocelot survey', 'Caracal survey', 'Margay survey'])
    created.push(
      await room.payload.create({
        collection: 'press-releases',
        data: releaseData(headline),
        draft: true,
        user: room.users.officer,
        overrideAccess: false,
      }),
    )
  await expectCountsCurrent(base + 3)
  // Payload's own count is not run (that is the time saved), unless the store is off.
  const counted = vi.spyOn(room.payload.db, 'countDistinct')
  try {
    await list(room.payload, { index: true, limit: 2, page: 1 })
    expect(counted).not.toHaveBeenCalled()
    await list(room.payload, { index: false, limit: 2, page: 1 })
    expect(counted).toHaveBeenCalled()
  } finally {
    counted.mockRestore()
  }
  const [first, second, third] = created.map((release) => release.id)
  const edit = (id: number, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    room.payload.update({
      collection: 'press-releases',
      id,
      data,
      draft: true,
      user: room.users.editor,
      overrideAccess: false,
      ...extra,
    })
  await edit(first!, { headline: 'Ocelot survey, revised' })
  await edit(second!, { headline: 'Caracal survey, autosaved' }, { autosave: true })
  await room.payload.update({
    collection: 'press-releases',
    id: third!,
    data: { _status: 'published' },
    user: room.users.editor,
    overrideAccess: false,
  })
  await expectCountsCurrent(base + 3)
  const versions = await room.payload.findVersions({
    collection: 'press-releases',
    where: { parent: { equals: first } },
    sort: 'createdAt',
    user: room.users.editor,
    overrideAccess: false,
  })
  const restored = await room.http.rest(
    'POST',
    `/press-releases/versions/${String(versions.docs[0]!.id)}?draft=true`,
    room.sessions.editor,
  )
  expect(restored.status).toBe(200)
  await expectCountsCurrent(base + 3)
  for (const id of [first!, third!])
    await room.payload.delete({
      collection: 'press-releases',
      id,
      user: room.users.editor,
      overrideAccess: false,
    })
  await expectCountsCurrent(base + 1)
  await room.payload.delete({
    collection: 'press-releases',
    id: second!,
    user: room.users.editor,
    overrideAccess: false,
  })
  await expectCountsCurrent(base)
})
