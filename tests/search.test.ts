import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchSite } from '@/data/search'
import { editorState, paragraphNode } from '@/seed/lexical'

import { startPayload } from './helpers/payload'
import { releaseData } from './helpers/releases'
import { createStaff, type Staff } from './helpers/users'

let payload: Payload
let staff: Staff
const reader = { draft: false, user: null }

beforeAll(async () => {
  payload = await startPayload('search')
  staff = await createStaff(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

const bodyWith = (text: string) => editorState([paragraphNode(text)])

describe('site search', () => {
  it('finds words of a release body and of a speech, in public records only', async () => {
    await payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Body search'),
        body: bodyWith('The Shanghai Spirit guides the talks in Astana.'),
        _status: 'published',
      },
      user: staff.editor,
      overrideAccess: false,
    })
    await payload.create({
      collection: 'press-releases',
      data: { ...releaseData('Unreleased'), body: bodyWith('A secret Shanghai Spirit draft.') },
      draft: true,
      user: staff.officer,
      overrideAccess: false,
    })
    const results = await searchSite(reader, 'shanghai spirit', 'en')
    const releases = results.groups.find((group) => group.group === 'releases')?.hits ?? []
    expect(releases.map((hit) => hit.title)).toEqual(['Body search'])
    expect(releases[0]!.excerpt).toContain('Shanghai Spirit guides the talks')

    const speaker = await payload.create({
      collection: 'participants',
      data: { kind: 'person', name: 'Vladimir Norov', _status: 'published' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'speeches',
      data: {
        title: 'Statement at the Security Council',
        speaker: speaker.id,
        date: '2019-11-19T12:00:00.000Z',
        text: bodyWith('Our organisation rejects double standards in countering terrorism.'),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const speeches = (await searchSite(reader, 'double standards', 'en')).groups.find(
      (group) => group.group === 'speeches',
    )?.hits
    expect(speeches?.map((hit) => hit.title)).toEqual(['Statement at the Security Council'])
  })
})
