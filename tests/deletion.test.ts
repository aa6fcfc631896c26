import { describe, expect, it } from 'vitest'

import type { Id } from '@/content/relations'

import { stopCrons } from './helpers/jobs'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

const room = freshNewsroom('deletion')
const asUser = (key: 'officer' | 'editor') => ({ user: room.users[key], overrideAccess: false })

/** A release with everything that can hang on it: a thread, a journalist link and queued jobs. */
async function busyRelease(headline: string) {
  const release = await draftRelease(room.payload, room.users.officer, headline)
  expect((await room.act('officer', release.id, { action: 'submit' })).status).toBe(200)
  const at = new Date(Date.now() + 86_400_000).toISOString()
  expect((await room.act('editor', release.id, { action: 'embargo', at, timezone: 'UTC' })).status).toBe(200)
  const link = await room.http.rest('POST', '/embargo-links', room.sessions.editor, {
    release: release.id,
    recipient: 'Jane Doe, Agence France-Presse',
  })
  expect(link.status).toBe(201)
  // The REST requests above started the queue's run: the email job below stays pending.
  await stopCrons(room.payload)
  const comment = await room.payload.create({
    collection: 'comments',
    data: { release: release.id, body: '@editor is the second paragraph right?' },
    ...asUser('officer'),
  })
  await room.payload.create({
    collection: 'comments',
    data: { release: release.id, parent: comment.id, body: 'Yes, checked with the Secretariat.' },
    ...asUser('editor'),
  })
  return release
}

const pendingJobs = async (releaseId: Id) =>
  (
    await room.payload.find({
      collection: 'payload-jobs',
      where: { 'input.releaseId': { equals: String(releaseId) }, completedAt: { exists: false } },
      limit: 100,
      overrideAccess: true,
    })
  ).docs.map((job) => job.taskSlug)

async function dependants(releaseId: Id) {
  const count = async (collection: 'comments' | 'embargo-links') =>
    (
      await room.payload.count({
        collection,
        where: { release: { equals: releaseId } },
        overrideAccess: true,
      })
    ).totalDocs
  return {
    comments: await count('comments'),
    links: await count('embargo-links'),
    jobs: await pendingJobs(releaseId),
  }
}

/** The log's entries about the release itself, by action; they must outlive it. */
async function logOf(releaseId: Id) {
  const { docs } = await room.payload.find({
    collection: 'activity',
    where: { collectionSlug: { equals: 'press-releases' }, docId: { equals: String(releaseId) } },
    limit: 100,
    overrideAccess: true,
  })
  return docs.map((entry) => entry.action).sort()
}

const gone = async (id: Id) =>
  (await room.payload.find({ collection: 'press-releases', where: { id: { equals: id } }, draft: true }))
    .totalDocs === 0

describe('deleting a press release', () => {
  it('takes its comments, replies, journalist links and pending jobs with it, and keeps the log', async () => {
    const release = await busyRelease('Deleted with everything on it')
    const other = await busyRelease('Kept with everything on it')
    expect(await dependants(release.id)).toEqual({
      comments: 2,
      links: 1,
      jobs: expect.arrayContaining(['publishScheduledRelease', 'sendNotificationEmail']),
    })
    const before = await dependants(other.id)
    expect(await logOf(release.id)).toEqual(['create', 'embargo', 'submit'])

    // A press officer may not delete, and the refusal leaves everything in place.
    const refused = await room.http.rest('DELETE', `/press-releases/${release.id}`, room.sessions.officer)
    expect(refused.status).toBe(403)
    expect((await dependants(release.id)).comments).toBe(2)

    const response = await room.http.rest('DELETE', `/press-releases/${release.id}`, room.sessions.editor)
    expect(response.status).toBe(200)
    expect(await gone(release.id)).toBe(true)
    expect(await dependants(release.id)).toEqual({ comments: 0, links: 0, jobs: [] })
    expect(await logOf(release.id)).toEqual(['create', 'delete', 'embargo', 'submit'])
    const linkLog = await room.payload.count({
      collection: 'activity',
      where: { action: { equals: 'embargoLink' } },
      overrideAccess: true,
    })
    expect(linkLog.totalDocs).toBe(2)
    // Nothing of another release is touched.
    expect(await dependants(other.id)).toEqual(before)
  })

  it('keeps everything when the delete fails after removing them (one transaction)', async () => {
    const release = await busyRelease('Locked by a colleague')
    const jobsBefore = await pendingJobs(release.id)
    // The officer has it open in the admin: Payload checks the lock after our hook has run.
    await room.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'press-releases', value: release.id },
        user: { relationTo: 'users', value: room.users.officer.id },
      },
      overrideAccess: true,
    })
    await expect(
      room.payload.delete({
        collection: 'press-releases',
        id: release.id,
        overrideLock: false,
        ...asUser('editor'),
      }),
    ).rejects.toMatchObject({ status: 423 })
    expect(await gone(release.id)).toBe(false)
    expect(await dependants(release.id)).toEqual({ comments: 2, links: 1, jobs: jobsBefore })
  })

  it('works the same through GraphQL, the Local API and the admin’s bulk delete', async () => {
    const byGraphql = await busyRelease('Deleted through GraphQL')
    const graphql = await room.http.graphql(
      `mutation { deletePressRelease(id: ${byGraphql.id}) { id } }`,
      room.sessions.editor,
    )
    expect(graphql.body.errors).toBeUndefined()
    expect(await dependants(byGraphql.id)).toEqual({ comments: 0, links: 0, jobs: [] })

    const byLocalApi = await busyRelease('Deleted through the Local API')
    await expect(
      room.payload.delete({ collection: 'press-releases', id: byLocalApi.id, ...asUser('officer') }),
    ).rejects.toMatchObject({ status: 403 })
    await room.payload.delete({ collection: 'press-releases', id: byLocalApi.id, ...asUser('editor') })
    expect(await dependants(byLocalApi.id)).toEqual({ comments: 0, links: 0, jobs: [] })

    const bulk = [await busyRelease('Bulk deleted, first'), await busyRelease('Bulk deleted, second')]
    const ids = bulk.map((release) => release.id).join(',')
    const response = await room.http.rest(
      'DELETE',
      `/press-releases?where[id][in]=${ids}`,
      room.sessions.editor,
    )
    expect(response.status).toBe(200)
    expect(response.body.errors).toEqual([])
    for (const release of bulk) {
      expect(await gone(release.id)).toBe(true)
      expect(await dependants(release.id)).toEqual({ comments: 0, links: 0, jobs: [] })
      expect(await logOf(release.id)).toContain('delete')
    }
  })
})
