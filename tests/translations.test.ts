import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode } from '@/content/lexical'
import type { PressRelease } from '@/payload-types'
import { approveLoadedTranslations } from '@/workflow/translation/apply'
import { partsOf } from '@/workflow/translation/parts'
import { sourceChanges } from '@/workflow/translation/sourceChanges'
import { releaseTextIn } from '@/workflow/translation/text'

import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

const room = freshNewsroom('translations')

const russian = (summary = 'Генеральные секретари обсудили сотрудничество.') => ({
  headline: 'Генеральный секретарь ШОС встретился с Генеральным секретарём ООН',
  dateline: { place: 'Нью-Йорк' },
  summary,
  body: editorState([paragraphNode('Они обсудили сотрудничество в борьбе с терроризмом.')]),
})

/** The latest version as staff see it, every language. */
const latest = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, locale: 'all', depth: 0 })

const statusIn = async (id: number, locale: 'ru' | 'zh') => (await latest(id)).translations?.[locale]?.status

const desk = (role: 'public' | 'officer' | 'editor', id: number, body: Record<string, unknown>) =>
  room.http.rest('POST', `/press-releases/${id}/translation`, room.sessions[role], body)

/** Writes the Russian as the officer, through the Local API with access control on. */
async function translate(id: number, text = russian()) {
  await room.payload.update({
    collection: 'press-releases',
    id,
    locale: 'ru',
    data: text,
    draft: true,
    user: room.users.officer,
    overrideAccess: false,
  })
}

async function approvedRussian(headline: string): Promise<number> {
  const release = await draftRelease(room.payload, room.users.officer, headline)
  await translate(release.id)
  expect((await desk('officer', release.id, { locale: 'ru', action: 'done' })).status).toBe(200)
  expect((await desk('editor', release.id, { locale: 'ru', action: 'approve' })).status).toBe(200)
  return release.id
}

describe('a translation status per language', () => {
  it('follows the text: missing, in translation, translated, approved, needs update when the English changes', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Status follows the text')
    expect(await statusIn(id, 'ru')).toBe('missing')
    await translate(id)
    expect(await statusIn(id, 'ru')).toBe('in_translation')
    expect(await statusIn(id, 'zh')).toBe('missing')

    expect((await desk('officer', id, { locale: 'ru', action: 'done' })).status).toBe(200)
    expect(await statusIn(id, 'ru')).toBe('translated')
    expect((await desk('editor', id, { locale: 'ru', action: 'approve' })).status).toBe(200)
    expect(await statusIn(id, 'ru')).toBe('approved')

    // A Russian save that changes nothing keeps the approval; an English edit takes it away.
    await translate(id)
    expect(await statusIn(id, 'ru')).toBe('approved')
    await room.payload.update({
      collection: 'press-releases',
      id,
      data: { summary: 'The Secretaries-General agreed on a joint plan.' },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    const stale = await latest(id)
    expect(stale.translations?.ru?.status).toBe('needs_update')
    // The desk shows which part changed, with the English then and now.
    const source = stale.translations?.ru?.source as Record<string, string>
    expect(sourceChanges(source, partsOf(releaseTextIn(stale, 'en', 'all')))).toEqual([
      {
        key: 'summary',
        label: 'Summary',
        before: 'The SCO Secretary-General met the UN Secretary-General.',
        after: 'The Secretaries-General agreed on a joint plan.',
      },
    ])

    // The translator updates the Russian: in translation until marked done again.
    await translate(id, russian('Генеральные секретари согласовали совместный план.'))
    expect(await statusIn(id, 'ru')).toBe('in_translation')
    expect((await desk('officer', id, { locale: 'ru', action: 'done' })).status).toBe(200)
    expect(await statusIn(id, 'ru')).toBe('translated')
    // Emptied: missing.
    await translate(id, { headline: '', dateline: { place: '' }, summary: '', body: null as never })
    expect(await statusIn(id, 'ru')).toBe('missing')
  })

  it('is never written by a client, and an English edit by the desk does not send the release to review', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'States are not client input')
    const patched = await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.editor, {
      translations: { ru: { status: 'approved', approved: true, doneHash: 'x' } },
      translationPolicy: 'hold',
    })
    expect(patched.status).toBe(200)
    expect((await latest(id)).translations?.ru?.status).toBe('missing')
    expect((await latest(id)).translationPolicy).toBe('hold')
    // The policy is an editor's: an officer's value is dropped.
    await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.officer, {
      translationPolicy: 'follow',
    })
    expect((await latest(id)).translationPolicy).toBe('hold')
  })
})

describe('who may do what on the translation desk', () => {
  it('lets officers mark done and editors approve; the public nothing', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Roles on the desk')
    await translate(id)
    expect((await desk('public', id, { locale: 'ru', action: 'done' })).status).toBe(401)
    expect((await room.http.rest('GET', `/press-releases/${id}?draft=true`, anonymous)).status).toBe(404)
    const early = await desk('officer', id, { locale: 'ru', action: 'approve' })
    expect(early.status).toBe(403)
    expect((await desk('officer', id, { locale: 'ru', action: 'done' })).status).toBe(200)
    expect((await desk('officer', id, { locale: 'ru', action: 'approve' })).status).toBe(403)
    expect((await desk('editor', id, { locale: 'ru', action: 'approve' })).status).toBe(200)
    expect((await desk('officer', id, { locale: 'ru', action: 'reopen' })).status).toBe(403)
    expect((await desk('editor', id, { locale: 'ru', action: 'reopen' })).status).toBe(200)
    expect(await statusIn(id, 'ru')).toBe('in_translation')
  })

  it('answers bad input with a 400 naming the field, and a missing text with a 409 saying why', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Desk input')
    const wrongLocale = await desk('officer', id, { locale: 'en', action: 'done' })
    expect(wrongLocale).toMatchObject({ status: 400, body: { errors: [{ field: 'locale' }] } })
    const noAssignee = await desk('officer', id, { locale: 'zh', action: 'assign' })
    expect(noAssignee).toMatchObject({ status: 400, body: { errors: [{ field: 'assignee' }] } })
    const stranger = await desk('officer', id, { locale: 'zh', action: 'assign', assignee: 999999 })
    expect(stranger).toMatchObject({ status: 400, body: { errors: [{ field: 'assignee' }] } })
    const nothing = await desk('officer', id, { locale: 'zh', action: 'done' })
    expect(nothing.status).toBe(409)
    expect(JSON.stringify(nothing.body)).toContain('no Chinese text')

    const assigned = await desk('officer', id, {
      locale: 'zh',
      action: 'assign',
      assignee: room.users.officer.id,
    })
    expect(assigned.status).toBe(200)
    expect((await latest(id)).translations?.zh?.assignee).toBe(room.users.officer.id)
  })
})

describe('publishing with languages pending', () => {
  it('in "hold" mode refuses to publish, naming each pending language, until every one is approved', async () => {
    const id = await approvedRussian('Held for translations')
    await room.http.rest('PATCH', `/press-releases/${id}?draft=true`, room.sessions.editor, {
      translationPolicy: 'hold',
    })
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    // Approving the English is allowed: translators work from the approved text.
    expect((await room.act('editor', id, { action: 'approve' })).status).toBe(200)
    const held = await room.act('editor', id, { action: 'publish' })
    expect(held.status).toBe(409)
    const message = JSON.stringify(held.body)
    expect(message).toContain('Chinese (missing)')
    expect(message).not.toContain('Russian')
    const direct = await room.http.rest('PATCH', `/press-releases/${id}`, room.sessions.editor, {
      _status: 'published',
    })
    expect(direct.status).toBe(409)
    expect((await room.http.rest('GET', `/press-releases/${id}`, anonymous)).status).toBe(404)

    await room.payload.update({
      collection: 'press-releases',
      id,
      locale: 'zh',
      data: {
        headline: '上合组织秘书长会见联合国秘书长',
        dateline: { place: '纽约' },
        summary: '双方讨论了合作。',
      },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect((await desk('officer', id, { locale: 'zh', action: 'done' })).status).toBe(200)
    expect((await desk('editor', id, { locale: 'zh', action: 'approve' })).status).toBe(200)
    // The Chinese text sent the release back to review; approved again, it publishes.
    expect((await room.act('editor', id, { action: 'approve' })).status).toBe(200)
    expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)
    expect((await room.http.rest('GET', `/press-releases/${id}?locale=zh`, anonymous)).body.headline).toBe(
      '上合组织秘书长会见联合国秘书长',
    )
  })

  it('in "follow" mode publishes, and the public reads English where a translation is not approved', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Published before its translation')
    await translate(id)
    expect((await room.act('officer', id, { action: 'submit' })).status).toBe(200)
    expect((await room.act('editor', id, { action: 'publish' })).status).toBe(200)

    const publicRussian = await room.http.rest('GET', `/press-releases/${id}?locale=ru`, anonymous)
    expect(publicRussian.status).toBe(200)
    expect(publicRussian.body.headline).toBe('Published before its translation')
    expect(publicRussian.body.translations).toBeUndefined()
    // Read without fallback, as the site does to mark English (the fallback note): nothing in Russian.
    const own = await room.payload.findByID({
      collection: 'press-releases',
      id,
      locale: 'ru',
      fallbackLocale: false,
      overrideAccess: false,
    })
    expect(own.headline ?? null).toBeNull()
    const everyLanguage = await room.http.rest('GET', `/press-releases/${id}?locale=all`, anonymous)
    expect(JSON.stringify(everyLanguage.body)).not.toContain('Генеральный')
    // Staff see the pending Russian.
    const staff = await room.http.rest('GET', `/press-releases/${id}?locale=ru`, room.sessions.officer)
    expect(staff.body.headline).toContain('Генеральный')

    // Approved, the Russian is public at once (the release had no unpublished changes).
    expect((await desk('officer', id, { locale: 'ru', action: 'done' })).status).toBe(200)
    expect((await desk('editor', id, { locale: 'ru', action: 'approve' })).status).toBe(200)
    const approved = await room.http.rest('GET', `/press-releases/${id}?locale=ru`, anonymous)
    expect(approved.body.headline).toContain('Генеральный')
    // …and Chinese, still missing, is English.
    const chinese = await room.http.rest('GET', `/press-releases/${id}?locale=zh`, anonymous)
    expect(chinese.body.headline).toBe('Published before its translation')
    const list = await room.http.rest(
      'GET',
      `/press-releases?locale=ru&where[id][equals]=${id}&select[headline]=true`,
      anonymous,
    )
    expect((list.body.docs as PressRelease[])[0]?.headline).toContain('Генеральный')
  })
})

describe('translations loaded by trusted code (the demo seed)', () => {
  it('can be approved as they are, each language with text, without a review step', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer, 'Loaded with its Russian')
    await room.payload.update({
      collection: 'press-releases',
      id,
      locale: 'ru',
      data: russian(),
      draft: true,
    })
    await approveLoadedTranslations(room.payload, id)
    const release = await latest(id)
    expect(release.translations?.ru?.status).toBe('approved')
    expect(release.translations?.zh?.status).toBe('missing')
    expect(release.editorialStatus).toBe('draft')
  })
})
