import { describe, expect, it } from 'vitest'

import { draftRelease } from './helpers/releases'
import { mailedNewsroom } from './helpers/smtp'

const { room, smtp } = mailedNewsroom('conversation')

async function deliver() {
  for (let round = 0; round < 5; round++) {
    const { remainingJobsFromQueried } = (await room.payload.jobs.run()) as {
      remainingJobsFromQueried?: number
    }
    if (!remainingJobsFromQueried) break
  }
}

/** Two colleagues called Elena: "@Elena" alone is ambiguous, "@Elena Petrova" is not. */
async function elenas() {
  const make = (name: string, email: string) =>
    room.payload.create({
      collection: 'users',
      data: { name, email, password: 'elena-test-password-1', role: 'press-officer' },
      overrideAccess: true,
    })
  const existing = await room.payload.find({
    collection: 'users',
    where: { name: { like: 'Elena' } },
    overrideAccess: true,
  })
  if (existing.docs.length === 2) return existing.docs.sort((a, b) => a.name.localeCompare(b.name))
  return [
    await make('Elena Petrova', 'e.petrova@sco.test'),
    await make('Elena Sokolova', 'e.sokolova@sco.test'),
  ]
}

const inboxOf = async (userId: number) =>
  (
    await room.payload.find({
      collection: 'inbox',
      where: { recipient: { equals: userId } },
      sort: '-createdAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs

describe('mentions by name', () => {
  it('store a reference, email the colleague and land in their inbox', async () => {
    const [petrova] = await elenas()
    const release = await draftRelease(room.payload, room.users.officer, 'Summit opens')
    smtp.inbox.length = 0
    const response = await room.http.rest('POST', '/comments', room.sessions.officer, {
      release: release.id,
      body: 'Could @Elena Petrova check the quote? Thanks @editor.',
    })
    expect(response.status).toBe(201)
    const doc = response.body.doc as { id: number; body: string; mentions: { id: number }[] }
    expect(doc.body).toBe(`Could @{${petrova!.id}} check the quote? Thanks @{${room.users.editor.id}}.`)
    expect(doc.mentions.map((user) => user.id)).toEqual([petrova!.id, room.users.editor.id])

    await deliver()
    const mail = smtp.inbox.find((email) => email.to.includes(petrova!.email))
    expect(mail?.subject).toBe('officer test mentioned you on “Summit opens”')
    expect(mail?.text).toContain('Could @Elena Petrova check the quote? Thanks @editor test.')

    const [item] = await inboxOf(petrova!.id)
    expect(item).toMatchObject({ kind: 'mention', release: release.id, comment: doc.id, readAt: null })
    expect(item!.title).toBe('officer test mentioned you on “Summit opens”')
    // Nobody is told of their own comment.
    expect((await inboxOf(room.users.officer.id)).some((entry) => entry.comment === doc.id)).toBe(false)
  })

  it('refuse an ambiguous or unknown mention with a 400 naming the field, and store nothing', async () => {
    await elenas()
    const release = await draftRelease(room.payload, room.users.officer)
    for (const [body, says] of [
      ['Ask @Elena about it', '“@Elena” could be Elena Petrova, Elena Sokolova'],
      ['Ask @nobody-here about it', 'No colleague is called “@nobody-here”'],
      ['Ask @{999999}', 'No colleague has the id 999999'],
    ] as const) {
      const response = await room.http.rest('POST', '/comments', room.sessions.officer, {
        release: release.id,
        body,
      })
      expect(response.status).toBe(400)
      const error = (response.body.errors as { data?: { errors?: { path: string; message: string }[] } }[])[0]
      expect(error?.data?.errors?.[0]).toMatchObject({ path: 'body', message: expect.stringContaining(says) })
    }
    const { totalDocs } = await room.payload.count({
      collection: 'comments',
      where: { release: { equals: release.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })
})

describe('the inbox', () => {
  it('gets changes requested, assignments and publication, and is marked read one by one or all at once', async () => {
    const release = await draftRelease(room.payload, room.users.officer, 'Inbox path')
    await room.http.rest('PATCH', `/press-releases/${release.id}?draft=true`, room.sessions.editor, {
      assignee: room.users.officer.id,
    })
    await room.act('officer', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'requestChanges', reason: 'Add the date.' })
    await room.act('officer', release.id, { action: 'submit' })
    await room.act('editor', release.id, { action: 'approve' })
    await room.act('editor', release.id, { action: 'publish' })
    const mine = (await inboxOf(room.users.officer.id)).filter((item) => item.release === release.id)
    expect(mine.map((item) => [item.kind, item.title]).sort()).toEqual([
      ['assigned', 'editor test assigned you “Inbox path”'],
      ['changes_requested', 'Changes requested: Inbox path'],
      ['published', 'Published: Inbox path'],
    ])

    const unread = async () =>
      (await room.http.rest('GET', '/inbox?where[readAt][exists]=false&limit=0', room.sessions.officer)).body
        .totalDocs
    expect(await unread()).toBe(3)
    const one = await room.http.rest('PATCH', `/inbox/${mine[0]!.id}`, room.sessions.officer, {
      readAt: '2000-01-01T00:00:00.000Z',
    })
    expect(one.status).toBe(200)
    // The moment is the server's, not the caller's.
    expect(new Date((one.body.doc as { readAt: string }).readAt).getFullYear()).toBeGreaterThan(2000)
    expect(await unread()).toBe(2)
    // A reader changes nothing else of an item.
    await room.http.rest('PATCH', `/inbox/${mine[0]!.id}`, room.sessions.officer, { title: 'Forged' })
    expect((await inboxOf(room.users.officer.id)).find((item) => item.id === mine[0]!.id)?.title).not.toBe(
      'Forged',
    )
    const all = await room.http.rest('POST', '/inbox/read-all', room.sessions.officer)
    expect(all.status).toBe(200)
    expect(await unread()).toBe(0)
  })

  it('is read by its owner only: not by a colleague, an admin or the public', async () => {
    const [petrova] = await elenas()
    const [item] = await inboxOf(petrova!.id)
    expect(item).toBeDefined()
    for (const role of ['editor', 'admin'] as const) {
      expect((await room.http.rest('GET', `/inbox/${item!.id}`, room.sessions[role])).status).toBe(404)
      const list = await room.http.rest('GET', '/inbox?limit=100', room.sessions[role])
      expect(
        (list.body.docs as { recipient: { id: number } | number }[]).every((doc) => {
          const recipient = typeof doc.recipient === 'object' ? doc.recipient.id : doc.recipient
          return recipient === room.users[role].id
        }),
      ).toBe(true)
      expect(
        (await room.http.rest('PATCH', `/inbox/${item!.id}`, room.sessions[role], { readAt: null })).status,
      ).toBeOneOf([403, 404])
      const local = await room.payload.find({
        collection: 'inbox',
        where: { id: { equals: item!.id } },
        user: room.users[role],
        overrideAccess: false,
      })
      expect(local.docs).toEqual([])
    }
    // Nobody creates an item through the API.
    const forged = await room.http.rest('POST', '/inbox', room.sessions.admin, {
      recipient: petrova!.id,
      kind: 'mention',
      release: item!.release,
      title: 'Forged',
    })
    expect(forged.status).toBe(403)
    for (const path of ['/inbox', `/inbox/${item!.id}`, '/comments', '/inbox/read-all'])
      expect(
        (await room.http.rest(path.endsWith('read-all') ? 'POST' : 'GET', path)).status,
      ).toBeGreaterThanOrEqual(401)
    const gql = await room.http.graphql('{ Comments { docs { body } } }')
    expect(JSON.stringify(gql.body)).not.toContain('check the quote')
  })
})

describe('resolving a thread', () => {
  it('is open to any colleague, with who and when; the text stays its author’s', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const first = await room.http.rest('POST', '/comments', room.sessions.editor, {
      release: release.id,
      body: 'Dateline?',
    })
    const id = (first.body.doc as { id: number }).id
    expect((first.body.doc as { resolved: boolean }).resolved).toBe(false)

    const resolved = await room.http.rest('POST', `/comments/${id}/resolve`, room.sessions.officer, {
      resolved: true,
    })
    expect(resolved.status).toBe(200)
    expect(resolved.body.doc).toMatchObject({ resolved: true, resolvedBy: { id: room.users.officer.id } })
    expect(typeof (resolved.body.doc as { resolvedAt: unknown }).resolvedAt).toBe('string')

    const reopened = await room.http.rest('POST', `/comments/${id}/resolve`, room.sessions.editor, {
      resolved: false,
    })
    expect(reopened.body.doc).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null })

    expect(
      (await room.http.rest('POST', `/comments/${id}/resolve`, room.sessions.public, { resolved: true }))
        .status,
    ).toBe(403)
    const bad = await room.http.rest('POST', `/comments/${id}/resolve`, room.sessions.officer, {
      resolved: 'yes',
    })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('resolved')
    // Resolving goes through the endpoint only, and the text is still its author's.
    await room.http.rest('PATCH', `/comments/${id}`, room.sessions.editor, { resolved: true })
    expect((await room.payload.findByID({ collection: 'comments', id, overrideAccess: true })).resolved).toBe(
      false,
    )
    expect(
      (await room.http.rest('PATCH', `/comments/${id}`, room.sessions.officer, { body: 'Rewritten' })).status,
    ).toBe(403)
  })
})
