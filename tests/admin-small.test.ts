import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import type { PressRelease } from '@/payload-types'

import { anonymous } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/** Issue 10, item 6: the small breaks, as the API and the config hold them. */
const room = freshNewsroom('admin-small')

const latest = (id: number, locale: 'en' | 'ru' = 'en') =>
  room.payload.findByID({ collection: 'press-releases', id, draft: true, locale, overrideAccess: true })
const publicCopy = (id: number) =>
  room.payload.findByID({ collection: 'press-releases', id, draft: false, overrideAccess: true })

/** A published release whose author is the officer, with an unpublished edit of the officer's. */
async function publishedWithEdit(headline: string): Promise<PressRelease> {
  const release = await room.payload.create({
    collection: 'press-releases',
    data: { ...releaseData(headline), author: room.users.officer.id, _status: 'published' },
    user: room.users.editor,
    overrideAccess: false,
  })
  const edit = await room.http.rest(
    'PATCH',
    `/press-releases/${release.id}?draft=true`,
    room.sessions.officer,
    {
      summary: 'An unreviewed edit.',
    },
  )
  expect(edit.status).toBe(200)
  return release
}

/** What the admin's "Revert to published" sends (@payloadcms/ui elements/Status). */
async function revertToPublished(id: number, session = room.sessions.officer, locale = 'en') {
  const url = `/press-releases/${id}?locale=${locale}&fallback-locale=null&depth=0`
  const published = await room.http.rest('GET', url, session)
  expect(published.status).toBe(200)
  return room.http.rest('PATCH', url, session, published.body)
}

describe('an officer discards their unpublished changes of a published release', () => {
  it('"Revert to published" brings the draft back to the public text and logs it', async () => {
    const release = await publishedWithEdit('Revert me')
    expect((await latest(release.id)).summary).toBe('An unreviewed edit.')
    const reverted = await revertToPublished(release.id)
    expect(reverted.status).toBe(200)
    const after = await latest(release.id)
    expect(after).toMatchObject({
      _status: 'published',
      editorialStatus: 'published',
      summary: release.summary,
    })
    expect((await publicCopy(release.id)).summary).toBe(release.summary)
    const { docs } = await room.payload.find({
      collection: 'activity',
      where: { docId: { equals: String(release.id) }, action: { equals: 'restore' } },
      overrideAccess: true,
    })
    expect(docs.map((entry) => entry.summary)).toEqual([
      'Unpublished changes discarded, back to the published text: “Revert me”',
    ])
  })

  it('cannot publish anything else that way', async () => {
    const release = await publishedWithEdit('Do not publish me')
    const url = `/press-releases/${release.id}`
    // The status alone would publish the draft as it stands.
    const bare = await room.http.rest('PATCH', url, room.sessions.officer, { _status: 'published' })
    expect(bare.status).toBe(403)
    // The public text with one change is a publication, not a revert.
    const published = (await room.http.rest('GET', `${url}?depth=0`, room.sessions.officer)).body
    const changed = await room.http.rest('PATCH', url, room.sessions.officer, {
      ...published,
      headline: 'Slipped in',
    })
    expect(changed.status).toBe(403)
    // Several releases at once are never a revert.
    const bulk = await room.http.rest(
      'PATCH',
      `/press-releases?where[id][equals]=${release.id}`,
      room.sessions.officer,
      {
        _status: 'published',
      },
    )
    expect(bulk.status).toBe(403)
    // Nobody but an editor, the author or the assignee discards the changes.
    const other = await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { author: room.users.admin.id },
      draft: true,
      user: room.users.editor,
      overrideAccess: false,
    })
    expect(other.author).toMatchObject({ id: room.users.admin.id })
    expect((await revertToPublished(release.id)).status).toBe(403)
    expect(await publicCopy(release.id)).toMatchObject({
      headline: 'Do not publish me',
      summary: release.summary,
    })
    expect((await latest(release.id)).summary).toBe('An unreviewed edit.')
    expect((await room.http.rest('GET', url, anonymous)).body).toMatchObject({ summary: release.summary })
  })

  it('does not publish an unreviewed edit in another language', async () => {
    const release = await publishedWithEdit('Bilingual')
    const russian = await room.http.rest(
      'PATCH',
      `/press-releases/${release.id}?draft=true&locale=ru`,
      room.sessions.officer,
      {
        summary: 'Непроверенная правка.',
      },
    )
    expect(russian.status).toBe(200)
    expect((await revertToPublished(release.id)).status).toBe(403)
    expect((await publicCopy(release.id)).summary).toBe(release.summary)
    expect((await latest(release.id, 'ru')).summary).toBe('Непроверенная правка.')
  })
})

describe('the activity log names a release by its headline', () => {
  it('quotes the headline, and never shows an id for a draft without one', async () => {
    const named = await room.http.rest(
      'POST',
      '/press-releases?draft=true',
      room.sessions.officer,
      releaseData('Named'),
    )
    const unnamed = await room.http.rest('POST', '/press-releases?draft=true', room.sessions.officer, {})
    expect([named.status, unnamed.status]).toEqual([201, 201])
    const summaries = await Promise.all(
      [named, unnamed].map(async (response) => {
        const id = String((response.body.doc as { id: number }).id)
        const { docs } = await room.payload.find({
          collection: 'activity',
          where: { docId: { equals: id }, action: { equals: 'create' } },
          overrideAccess: true,
        })
        return docs[0]?.summary
      }),
    )
    expect(summaries).toEqual(['Draft created: “Named”', 'Draft created: an untitled draft'])
  })
})

describe('the organisation’s time zone', () => {
  it('is UTC at first, stored under its current name, and refused with a 400 naming the field when unknown', async () => {
    expect((await room.payload.findGlobal({ slug: 'settings', overrideAccess: true })).timeZone).toBe('UTC')
    const wrong = await room.http.rest('POST', '/globals/settings', room.sessions.admin, {
      organisationName: 'SCO Secretariat',
      timeZone: 'Mars/Olympus',
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('timeZone must be an IANA time zone')
    const officer = await room.http.rest('POST', '/globals/settings', room.sessions.officer, {
      organisationName: 'SCO Secretariat',
      timeZone: 'Asia/Tashkent',
    })
    expect(officer.status).toBe(403)
    const renamed = await room.http.rest('POST', '/globals/settings', room.sessions.admin, {
      organisationName: 'SCO Secretariat',
      timeZone: 'asia/calcutta',
    })
    expect(renamed.status).toBe(200)
    expect((await room.payload.findGlobal({ slug: 'settings', overrideAccess: true })).timeZone).toBe(
      'Asia/Kolkata',
    )
  })

  it('is the zone a new event starts in', async () => {
    await room.payload.updateGlobal({
      slug: 'settings',
      data: { organisationName: 'SCO Secretariat', timeZone: 'Asia/Shanghai' },
      overrideAccess: true,
    })
    const event = await room.payload.create({
      collection: 'events',
      data: { title: 'Zoned meeting', type: 'meeting', startsAt: '2026-12-01T02:00:00.000Z' },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(event.startsAt_tz).toBe('Asia/Shanghai')
    await room.payload.updateGlobal({
      slug: 'settings',
      data: { organisationName: 'SCO Secretariat', timeZone: 'UTC' },
      overrideAccess: true,
    })
  })
})

/** Every date field of a list of fields, however deep (groups, rows, arrays, tabs). */
function dateFields(fields: readonly Field[], path = ''): { path: string; field: Field }[] {
  return fields.flatMap((field) => {
    const name = 'name' in field && field.name ? `${path}${field.name}` : path
    const own = field.type === 'date' ? [{ path: name, field }] : []
    const nested =
      'fields' in field && Array.isArray(field.fields)
        ? dateFields(field.fields, 'name' in field && field.name ? `${name}.` : path)
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => dateFields(tab.fields, path))
          : []
    return [...own, ...nested]
  })
}

describe('dates in the admin', () => {
  it('show their year, in every date field and in the lists', () => {
    const { config } = room.payload
    expect(config.admin.dateFormat).toContain('yyyy')
    // Users' own dates (password reset, sessions) are Payload's auth fields, hidden from the admin.
    const all = [...config.collections.filter((c) => c.slug !== 'users'), ...config.globals].flatMap(
      (entity) =>
        dateFields(entity.fields).map(({ path, field }) => ({ at: `${entity.slug}.${path}`, field })),
    )
    expect(all.length).toBeGreaterThan(10)
    const withoutYear = all
      .filter(({ field }) => !(field.type === 'date' && field.admin?.date?.displayFormat?.includes('yyyy')))
      .map(({ at }) => at)
    // Payload's own timestamps are not shown as fields; everything else must name its year.
    expect(
      withoutYear.filter(
        (at) =>
          !/\.(createdAt|updatedAt|lastEditedAt|completedAt|waitUntil|executedAt|startedAt|processing)$/.test(
            at,
          ),
      ),
    ).toEqual([])
  })
})
