import { beforeAll, describe, expect, it } from 'vitest'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * Issue 12: join fields are the admin's. A public read (REST or the Local API with access on)
 * gets none, so that no visitor can make the server sort a topic's whole archive per request;
 * staff get them in the edit view as before.
 */
const newsroom = freshNewsroom('staff-joins')
let topicId: number
let participantId: number
let releaseId: number

beforeAll(async () => {
  const { payload, users } = newsroom
  const as = { user: users.editor, overrideAccess: false } as const
  const topic = await payload.create({
    collection: 'topics',
    data: { title: 'Counter-terrorism', _status: 'published' },
    ...as,
  })
  const participant = await payload.create({
    collection: 'participants',
    data: { name: 'Aigerim Abdullaeva', kind: 'person', _status: 'published' },
    ...as,
  })
  const release = await payload.create({
    collection: 'press-releases',
    data: { ...releaseData(), topics: [topic.id], participants: [participant.id], _status: 'published' },
    ...as,
  })
  ;[topicId, participantId, releaseId] = [topic.id, participant.id, release.id]
})

const joinedIds = (doc: Record<string, unknown>, field: string) =>
  ((doc[field] as { docs?: ({ id: number } | number)[] } | undefined)?.docs ?? []).map((entry) =>
    typeof entry === 'number' ? entry : entry.id,
  )

describe('join fields', () => {
  it('are left out of a public read, over REST and the Local API', async () => {
    const { http, sessions, payload } = newsroom
    const one = await http.rest('GET', `/topics/${topicId}`, sessions.public)
    expect(one.status).toBe(200)
    expect(one.body.title).toBe('Counter-terrorism')
    expect(one.body.releases).toBeUndefined()
    const list = await http.rest('GET', `/participants?where[id][equals]=${participantId}`, sessions.public)
    const participant = (list.body.docs as Record<string, unknown>[])[0] ?? {}
    expect(participant.name).toBe('Aigerim Abdullaeva')
    expect(participant.releases).toBeUndefined()
    const local = await payload.findByID({ collection: 'topics', id: topicId, overrideAccess: false })
    expect(local.releases).toBeUndefined()
  })

  it('are read for staff, as the edit view shows them', async () => {
    const { http, sessions, payload, users } = newsroom
    const one = await http.rest('GET', `/topics/${topicId}?draft=true`, sessions.officer)
    expect(joinedIds(one.body, 'releases')).toEqual([releaseId])
    const participant = await payload.findByID({
      collection: 'participants',
      id: participantId,
      user: users.officer,
      overrideAccess: false,
    })
    expect(joinedIds(participant as unknown as Record<string, unknown>, 'releases')).toEqual([releaseId])
  })
})
