import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { editorState, paragraphNode, plainText } from '@/content/lexical'
import type { PressRelease } from '@/payload-types'

import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'

/**
 * Issue 15, item 1: a whole-form save from an older copy never loses a colleague's change. The
 * admin's form sends every field and the `updatedAt` of the copy it started from; so do these
 * saves, through REST as the admin does and through the Local API with access control on.
 */

const room = freshNewsroom('concurrent-saves')
type Role = 'officer' | 'editor'
const as = (role: Role) => ({ user: room.users[role], overrideAccess: false })

/** The copy a person's edit view holds: the latest draft, as the form sends it back. */
async function copyOf(id: number, role: Role, locale: 'en' | 'ru' = 'en'): Promise<Record<string, unknown>> {
  const doc = await room.payload.findByID({
    collection: 'press-releases',
    id,
    draft: true,
    depth: 0,
    locale,
    fallbackLocale: false,
    ...as(role),
  })
  const { comments: _comments, ...fields } = doc
  return fields
}

/** PATCH as the admin's "Save draft" (or its autosave) does. */
function save(role: Role, id: number, body: Record<string, unknown>, query = 'draft=true') {
  return room.http.rest('PATCH', `/press-releases/${id}?${query}`, room.sessions[role], body)
}

async function stored(id: number, locale: 'en' | 'ru' = 'en'): Promise<PressRelease> {
  return room.payload.findByID({
    collection: 'press-releases',
    id,
    draft: true,
    depth: 0,
    locale,
    fallbackLocale: false,
  })
}

describe('concurrent whole-form saves of a press release', () => {
  it("keeps both people's changes to different fields (REST, as the admin saves)", async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const mine = await copyOf(release.id, 'officer')
    const theirs = await copyOf(release.id, 'editor')
    expect((await save('officer', release.id, { ...mine, headline: 'Headline by the officer' })).status).toBe(
      200,
    )
    const second = await save('editor', release.id, { ...theirs, summary: 'Summary by the editor.' })
    expect(second.status).toBe(200)
    const after = await stored(release.id)
    expect(after.headline).toBe('Headline by the officer')
    expect(after.summary).toBe('Summary by the editor.')
    // The answer is the merged copy, so the second person's form shows the first one's change.
    expect((second.body.doc as PressRelease).headline).toBe('Headline by the officer')
  })

  it('refuses a change to a field a colleague changed since, naming it with both values, and stores nothing', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const mine = await copyOf(release.id, 'officer')
    const theirs = await copyOf(release.id, 'editor')
    expect((await save('officer', release.id, { ...mine, headline: 'Officer headline' })).status).toBe(200)
    const before = await stored(release.id)
    const refused = await save('editor', release.id, {
      ...theirs,
      headline: 'Editor headline',
      summary: 'Editor summary, which must not be stored either.',
    })
    expect(refused.status).toBe(409)
    const error = (refused.body.errors as { message: string; data: Record<string, unknown> }[])[0]!
    expect(error.message).toContain('Headline was changed by')
    expect(error.message).toContain('«Officer headline»')
    expect(error.message).toContain('«Editor headline»')
    expect(error.data.conflicts).toEqual([
      {
        path: 'headline',
        label: 'Headline',
        theirs: 'Officer headline',
        yours: 'Editor headline',
        changedBy: room.users.officer.name,
        changedAt: before.updatedAt,
      },
    ])
    const after = await stored(release.id)
    expect(after.summary).toBe(before.summary)
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  it("never calls a person's own earlier save a colleague's: an autosave that overtook the form's copy", async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const form = await copyOf(release.id, 'officer')
    const theirs = await copyOf(release.id, 'editor')
    // The form sends its next save before the answer to the last one refreshed its updatedAt.
    const autosave = 'draft=true&autosave=true'
    const first = await save('officer', release.id, { ...form, headline: 'The Secretary-General' }, autosave)
    expect(first.status).toBe(200)
    expect((await save('editor', release.id, { ...theirs, summary: 'Summary by the editor.' })).status).toBe(
      200,
    )
    const next = await save(
      'officer',
      release.id,
      { ...form, headline: 'The Secretary-General addressed the UN' },
      autosave,
    )
    expect(next.status).toBe(200)
    const after = await stored(release.id)
    expect(after.headline).toBe('The Secretary-General addressed the UN')
    // The colleague's change in between is still merged in.
    expect(after.summary).toBe('Summary by the editor.')
    // And the colleague still gets the conflict for a field the officer changed.
    const refused = await save('editor', release.id, { ...theirs, headline: 'Editor headline' })
    expect(refused.status).toBe(409)
  })

  it('merges through the Local API too, and names the colleague who saved', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const mine = await copyOf(release.id, 'officer')
    const theirs = await copyOf(release.id, 'editor')
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      data: { ...mine, dateline: { ...(mine.dateline as object), place: 'Tashkent' } },
      ...as('officer'),
    })
    await expect(
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        draft: true,
        data: { ...theirs, dateline: { ...(theirs.dateline as object), place: 'Astana' } },
        ...as('editor'),
      }),
    ).rejects.toThrow(`Dateline › Place was changed by ${room.users.officer.name}`)
    const merged = await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      data: { ...theirs, dateline: { ...(theirs.dateline as object), date: '2026-11-24T12:00:00.000Z' } },
      ...as('editor'),
    })
    expect(merged.dateline).toMatchObject({ place: 'Tashkent', date: '2026-11-24T12:00:00.000Z' })
  })

  it("settles a conflict as the person chooses: their value kept, or the colleague's, with the rest merged", async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const mine = await copyOf(release.id, 'officer')
    const theirs = await copyOf(release.id, 'editor')
    const first = { ...mine, headline: 'Officer headline 3', summary: 'Officer summary 3.' }
    expect((await save('officer', release.id, first)).status).toBe(200)
    const second = {
      ...theirs,
      headline: 'Editor headline 3',
      summary: 'Editor summary 3.',
      pressContact: 'Desk',
    }
    expect((await save('editor', release.id, { ...second, _resolve: { headline: 'sideways' } })).status).toBe(
      400,
    )
    const settled = await save('editor', release.id, {
      ...second,
      _resolve: { headline: 'mine', summary: 'theirs' },
    })
    expect(settled.status).toBe(200)
    const after = await stored(release.id)
    expect([after.headline, after.summary, after.pressContact]).toEqual([
      'Editor headline 3',
      'Officer summary 3.',
      'Desk',
    ])
  })

  it('behaves as before for a save without the copy it started from', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const { updatedAt: _, ...stale } = await copyOf(release.id, 'editor')
    const mine = await copyOf(release.id, 'officer')
    expect((await save('officer', release.id, { ...mine, headline: 'Officer headline 2' })).status).toBe(200)
    expect((await save('editor', release.id, { ...stale, summary: 'Editor summary 2.' })).status).toBe(200)
    expect((await stored(release.id)).headline).toBe(stale.headline)
  })

  it('refuses an updatedAt that is not a time, naming the field', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const answer = await save('officer', release.id, { headline: 'X', updatedAt: 'yesterday' })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('updatedAt')
  })

  it('compares only the language being saved', async () => {
    const release = await draftRelease(room.payload, room.users.officer)
    const english = await copyOf(release.id, 'officer', 'en')
    const russian = await copyOf(release.id, 'editor', 'ru')
    expect((await save('officer', release.id, { ...english, headline: 'English headline' })).status).toBe(200)
    const ru = await save('editor', release.id, { ...russian, headline: 'Заголовок' }, 'draft=true&locale=ru')
    expect(ru.status).toBe(200)
    expect((await stored(release.id, 'ru')).headline).toBe('Заголовок')
    expect((await stored(release.id, 'en')).headline).toBe('English headline')
  })
})

describe('the co-edited body', () => {
  /** A PATCH as a browser sends it from `page` (its Referer). */
  async function patchFrom(page: string, id: number, data: Record<string, unknown>) {
    const request = new Request(`http://127.0.0.1:3000/api/press-releases/${id}?draft=true`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `JWT ${room.sessions.officer.token}`,
        Referer: `http://127.0.0.1:3000${page}`,
      },
      body: JSON.stringify(data),
    })
    return handleEndpoints({ config: room.payload.config, request })
  }

  it('is never written by the edit view’s form (the sync server holds it), but is by a restore or the API', async () => {
    const { id } = await draftRelease(room.payload, room.users.officer)
    const copy = await copyOf(id, 'officer')
    const formBody = editorState([paragraphNode('The form’s older copy of the body.')])
    const fromForm = await patchFrom(`/admin/collections/press-releases/${id}`, id, {
      ...copy,
      summary: 'Changed in the form.',
      body: formBody,
    })
    expect(fromForm.status).toBe(200)
    expect((await stored(id)).summary).toBe('Changed in the form.')
    expect(plainText((await stored(id)).body)).toBe('They discussed cooperation against terrorism.')
    // Another page (an API client's, or the versions view) writes it.
    const elsewhere = await patchFrom(`/admin/collections/press-releases/${id}/versions`, id, {
      body: formBody,
    })
    expect(elsewhere.status).toBe(200)
    expect(plainText((await stored(id)).body)).toBe('The form’s older copy of the body.')
  })
})
