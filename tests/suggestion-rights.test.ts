import { beforeAll, describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'
import type { Locale } from '@/content/locales'
import { openSuggestions, suggestedInsertionType } from '@/content/suggestions'

import type { Session } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'
import type { StaffUser } from './helpers/users'

/**
 * Who decides a suggestion is held on the server (issue 15, item 5): the release's author and
 * editors accept or reject, the suggester withdraws, and nobody else's save can drop one; who
 * proposed a suggestion is the server's to say.
 */
const room = freshNewsroom('suggestion-rights')
/** A second press officer: the author of the releases below (the newsroom's officer is not). */
let elena: StaffUser

beforeAll(async () => {
  const user = await room.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: 'elena@communique.test',
      password: 'elena-password',
      name: 'Elena',
      role: 'press-officer',
    },
  })
  elena = { ...user, collection: 'users' }
})

const text = (t: string) => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})
const mark = (type: string, words: string, id: string, by = '0', byName = 'Someone') => ({
  type,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  suggestionId: id,
  by,
  byName,
  at: '2026-12-01T08:00:00.000Z',
  children: [text(words)],
})
const body = (...children: unknown[]) =>
  editorState([
    { ...paragraphNode(''), children: [text('The ministers met '), ...children, text('delegation.')] },
  ])
const withInsertion = (id = 'ins1', by?: string, byName?: string) =>
  body(mark(suggestedInsertionType, 'the ', id, by, byName))
const plain = () => body(text('the '))

async function save(user: StaffUser, id: number, value: unknown, locale: Locale = 'en') {
  return room.payload.update({
    collection: 'press-releases',
    id,
    locale,
    data: { body: value as never },
    draft: true,
    user,
    overrideAccess: false,
  })
}
async function stored(id: number, locale: Locale = 'en') {
  const release = await room.payload.findByID({
    collection: 'press-releases',
    id,
    draft: true,
    locale,
    depth: 0,
    user: room.users.editor,
    overrideAccess: false,
  })
  return openSuggestions(release.body)
}

/** Elena's release, whose body holds a suggestion `by` proposed. */
async function elenasRelease(by: StaffUser): Promise<number> {
  const { id } = await draftRelease(room.payload, elena)
  await save(by, id, withInsertion())
  return id
}

describe('deciding a suggestion through a save', () => {
  it("refuses an officer who is not the author dropping an editor's suggestion, naming body and whose", async () => {
    const id = await elenasRelease(room.users.editor)
    const refused = save(room.users.officer, id, plain())
    await expect(refused).rejects.toMatchObject({
      status: 403,
      data: {
        errors: [
          { path: 'body', message: expect.stringContaining("editor test's suggestion to add “the ”") },
        ],
      },
    })
    await expect(refused).rejects.toThrow("Only the release's author or an editor can accept or reject")
    expect(await stored(id)).toMatchObject([{ suggestionId: 'ins1', by: String(room.users.editor.id) }])

    // Through REST, as the admin's form saves: the same refusal, for the form to show under the body.
    const patched = await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.officer, {
      body: plain(),
    })
    expect(patched.status).toBe(403)
    expect(JSON.stringify(patched.body)).toContain('"path":"body"')
    expect(await stored(id)).toHaveLength(1)
  })

  it('lets the author accept, an editor reject and the suggester withdraw', async () => {
    const accepted = await elenasRelease(room.users.editor)
    await save(elena, accepted, plain())
    expect(await stored(accepted)).toEqual([])

    const rejected = await elenasRelease(room.users.officer)
    await save(room.users.editor, rejected, body())
    expect(await stored(rejected)).toEqual([])

    const withdrawn = await elenasRelease(room.users.officer)
    await save(room.users.officer, withdrawn, body())
    expect(await stored(withdrawn)).toEqual([])
  })

  it('holds in every language a save touches', async () => {
    const id = await elenasRelease(room.users.editor)
    await save(room.users.editor, id, withInsertion('ru1'), 'ru')
    await expect(save(room.users.officer, id, plain(), 'ru')).rejects.toMatchObject({ status: 403 })
    await expect(
      room.payload.update({
        collection: 'press-releases',
        id,
        locale: 'all' as never,
        data: { body: { en: withInsertion(), ru: plain() } as never },
        draft: true,
        user: room.users.officer,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(id, 'ru')).toMatchObject([{ suggestionId: 'ru1' }])
  })
})

describe('restoring a version', () => {
  it('is refused where it would drop a suggestion in any language the restorer may not decide', async () => {
    const { id } = await draftRelease(room.payload, elena)
    await save(room.users.editor, id, withInsertion('ru1'), 'ru')
    const { docs } = await room.payload.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      depth: 0,
    })
    const first = docs[0]!.id
    // As the admin's Restore button asks (a draft: src/workflow/guard.ts).
    const restore = (session: Session) =>
      room.http.rest('POST', `/press-releases/versions/${first}?draft=true`, session)
    const refused = await restore(room.sessions.officer)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toContain("can accept or reject editor test's suggestion")
    expect(await stored(id, 'ru')).toMatchObject([{ suggestionId: 'ru1' }])
    expect((await restore(await room.http.login(elena.email, 'elena-password'))).status).toBe(200)
    expect(await stored(id, 'ru')).toEqual([])
  })
})

describe('who proposed a suggestion', () => {
  it('is the saver for a new one and the stored one for an existing one, whatever the client sends', async () => {
    const { id } = await draftRelease(room.payload, elena)
    const editorId = String(room.users.editor.id)
    await save(room.users.officer, id, withInsertion('forged', editorId, 'Editor'))
    const [mine] = await stored(id)
    expect(mine).toMatchObject({ by: String(room.users.officer.id), byName: 'officer test' })
    expect(Date.now() - new Date(mine!.at).getTime()).toBeLessThan(60_000)

    // Nor can a suggestion be made someone else's (to withdraw it next) or one's own.
    const { id: other } = await draftRelease(room.payload, elena)
    await save(room.users.editor, other, withInsertion())
    await save(room.users.officer, other, withInsertion('ins1', String(room.users.officer.id), 'Me'))
    expect(await stored(other)).toMatchObject([{ by: editorId, byName: 'editor test' }])
    await expect(save(room.users.officer, other, plain())).rejects.toMatchObject({ status: 403 })
  })

  it('stays the suggester’s in a duplicate of the release', async () => {
    const id = await elenasRelease(room.users.editor)
    const copy = await room.payload.duplicate({
      collection: 'press-releases',
      id,
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(await stored(copy.id)).toMatchObject([{ suggestionId: 'ins1', by: String(room.users.editor.id) }])
  })

  it('is left as written by saves without a user (imports, jobs, seed)', async () => {
    const { id } = await draftRelease(room.payload, elena)
    await room.payload.update({
      collection: 'press-releases',
      id,
      data: { body: withInsertion('imported', '42', 'Archive') as never },
      draft: true,
      overrideAccess: true,
    })
    expect(await stored(id)).toMatchObject([{ by: '42', byName: 'Archive' }])
    await room.payload.update({
      collection: 'press-releases',
      id,
      data: { body: plain() as never },
      draft: true,
      overrideAccess: true,
    })
    expect(await stored(id)).toEqual([])
  })
})
