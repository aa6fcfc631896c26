import { describe, expect, it } from 'vitest'

import type { PressRelease } from '@/payload-types'

import { changesText, guardWrite, type ReleaseWrite } from './guard'

const text = { headline: 'Talks in Tashkent', summary: 'The ministers met.' }
const scheduled: Partial<PressRelease> = {
  ...text,
  _status: 'draft',
  editorialStatus: 'scheduled',
  publishAt: '2099-01-01T09:00:00.000Z',
  publishAt_tz: 'Europe/Vienna',
  embargoUntil: '2099-01-01T09:00:00.000Z',
  embargoUntil_tz: 'Europe/Vienna',
  reviewNote: null,
}
const published: Partial<PressRelease> = { ...text, _status: 'published', editorialStatus: 'published' }

const entry = (action: string, summary: string, fromStatus: string, toStatus: string) => ({
  action,
  summary,
  fromStatus,
  toStatus,
})

/** An officer's draft save of `data` over `original`; each test changes what it is about. */
function write(change: Partial<ReleaseWrite>): ReleaseWrite {
  return {
    operation: 'update',
    draft: true,
    restore: false,
    actor: 'press-officer',
    original: scheduled,
    data: {},
    ...change,
  }
}

const cleared = {
  publishAt: null,
  publishAt_tz: null,
  embargoUntil: null,
  embargoUntil_tz: null,
  reviewNote: null,
}
const keptTimes = {
  publishAt: scheduled.publishAt,
  publishAt_tz: 'Europe/Vienna',
  embargoUntil: scheduled.embargoUntil,
  embargoUntil_tz: 'Europe/Vienna',
  reviewNote: null,
}

describe('the write guard', () => {
  it('starts every new release as a draft, whatever the form says', () => {
    const decision = guardWrite(
      write({ operation: 'create', original: undefined, data: { ...text, editorialStatus: 'published' } }),
    )
    expect(decision).toEqual({
      ok: true,
      kind: 'create',
      set: { editorialStatus: 'draft', ...cleared },
      activity: { action: 'create', summary: 'Draft created', toStatus: 'draft' },
    })
  })

  it('keeps the stored workflow fields when a save sends others', () => {
    const decision = guardWrite(
      write({ data: { ...text, editorialStatus: 'approved', publishAt: null, reviewNote: 'forged' } }),
    )
    expect(decision).toEqual({
      ok: true,
      kind: 'edit',
      set: { editorialStatus: 'scheduled', ...keptTimes },
    })
  })

  it('sends a changed schedule back to review, clearing its times', () => {
    const decision = guardWrite(write({ data: { ...text, summary: 'A new summary.' } }))
    expect(decision).toEqual({
      ok: true,
      kind: 'edit',
      set: { editorialStatus: 'in_review', ...cleared },
      activity: entry('backToReview', 'Changed after scheduling: back to review', 'scheduled', 'in_review'),
    })
  })

  it('sends a scheduled release back to review when its slug, author or dateline date changes', () => {
    const original = { ...scheduled, slug: 'talks', author: 1, dateline: { place: 'Tashkent', date: 'D1' } }
    for (const data of [{ slug: 'talks-2' }, { author: 2 }, { dateline: { place: 'Tashkent', date: 'D2' } }])
      expect(guardWrite(write({ original, data: { ...original, ...data } }))).toMatchObject({
        ok: true,
        set: { editorialStatus: 'in_review', ...cleared },
      })
  })

  it('logs nothing for a changed draft, and starts a new draft beside a published text', () => {
    const draft = guardWrite(
      write({ original: { ...text, editorialStatus: 'draft' }, data: { headline: 'New' } }),
    )
    expect(draft).toMatchObject({ ok: true, set: { editorialStatus: 'draft' } })
    expect(draft).not.toHaveProperty('activity')
    const correction = guardWrite(write({ original: published, data: { headline: 'New' } }))
    expect(correction).toMatchObject({ ok: true, kind: 'edit', set: { editorialStatus: 'draft' } })
    expect(correction).not.toHaveProperty('activity')
  })

  it('refuses a press officer every write to the public copy', () => {
    const publish = write({ data: { ...text, _status: 'published' } })
    expect(guardWrite(publish)).toEqual({ ok: false, kind: 'publish' })
    const unpublish = write({ draft: false, original: published, data: { _status: 'draft' } })
    expect(guardWrite(unpublish)).toEqual({ ok: false, kind: 'unpublish' })
    const inPlace = write({ draft: false, original: published, data: { headline: 'Fixed' } })
    expect(guardWrite(inPlace)).toEqual({ ok: false, kind: 'inPlace' })
    expect(guardWrite({ ...publish, actor: undefined })).toMatchObject({ ok: false })
  })

  it('lets an editor, or server code without a user, publish: the publication approves the text', () => {
    // (at the scheduled time: before it, see the next test)
    const due = new Date('2099-01-01T09:00:00.000Z')
    for (const actor of ['editor', 'system'] as const) {
      const decision = guardWrite(
        write({ actor, draft: false, now: due, data: { ...text, _status: 'published' } }),
      )
      expect(decision).toEqual({
        ok: true,
        kind: 'publish',
        set: { ...keptTimes, editorialStatus: 'published', publishAt: null, embargoUntil: null },
        activity: entry('publish', 'Published', 'scheduled', 'published'),
      })
    }
  })

  it('refuses an editor’s own publish of a scheduled or embargoed release before its time, saying where to go', () => {
    const early = new Date('2099-01-01T08:00:00.000Z')
    const publish = write({
      actor: 'editor',
      draft: false,
      now: early,
      data: { ...text, _status: 'published' },
    })
    expect(guardWrite(publish)).toEqual({
      ok: false,
      kind: 'publish',
      reason: expect.stringMatching(/lift the embargo early.*review panel.*"liftEarly": true/),
    })
    const plain = { ...scheduled, embargoUntil: null }
    expect(guardWrite({ ...publish, original: plain })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('lift the schedule early'),
    })
    // Nor through an in-place save of a published release whose correction is scheduled.
    const correction = { ...scheduled, _status: 'published' as const }
    expect(guardWrite({ ...publish, original: correction, data: { headline: 'Fixed' } })).toMatchObject({
      ok: false,
      kind: 'inPlace',
    })
    // Server code (the scheduler's own writes go through the workflow, not here) and draft saves pass.
    expect(guardWrite({ ...publish, actor: 'system' }).ok).toBe(true)
    expect(guardWrite({ ...publish, draft: true, data: { summary: 'x' } }).ok).toBe(true)
  })

  it('names an editor’s in-place change a correction, and an unpublish a withdrawal', () => {
    const editorWrites = (data: Partial<PressRelease>) =>
      guardWrite(write({ actor: 'editor', draft: false, original: published, data }))
    expect(editorWrites({ headline: 'Fixed' })).toMatchObject({
      kind: 'inPlace',
      set: { editorialStatus: 'published' },
      activity: entry('publish', 'Correction published', 'published', 'published'),
    })
    expect(editorWrites({ _status: 'draft' })).toMatchObject({
      kind: 'unpublish',
      set: { editorialStatus: 'withdrawn' },
      activity: entry('unpublish', 'Unpublished (withdrawn)', 'published', 'withdrawn'),
    })
  })

  it('restores an old version as a draft in review, even for an officer', () => {
    const decision = guardWrite(
      write({ restore: true, original: published, data: { ...text, _status: 'published' } }),
    )
    expect(decision).toMatchObject({
      ok: true,
      kind: 'restore',
      set: { _status: 'draft', editorialStatus: 'in_review', publishAt: null },
      activity: { action: 'restore', fromStatus: 'published', toStatus: 'in_review' },
    })
  })
})

describe('what counts as a change of the text', () => {
  it('ignores bookkeeping fields and compares relationships by id', () => {
    const original = { headline: 'A', topics: [1, 2], slug: 'a', author: 1, assignee: 1 }
    expect(changesText({ headline: 'A', assignee: 2, editorialStatus: 'x' }, original)).toBe(false)
    expect(changesText({ topics: [{ id: 1, updatedAt: 'then' }, 2] }, original)).toBe(false)
    expect(changesText({ topics: [1] }, original)).toBe(true)
    expect(changesText({ headline: 'B' }, original)).toBe(true)
  })

  it('counts the slug, the author and the dateline date: readers see them', () => {
    const original = { slug: 'a', author: 1, dateline: { place: 'X', date: 'D' } }
    expect(changesText({ slug: 'b' }, original)).toBe(true)
    expect(changesText({ author: { id: 2, updatedAt: 'then' } }, original)).toBe(true)
    expect(changesText({ author: { id: 1, updatedAt: 'then' } }, original)).toBe(false)
    expect(changesText({ dateline: { place: 'X', date: 'E' } }, original)).toBe(true)
  })

  it('reads an empty value and a missing one alike, and ignores key order and row ids', () => {
    expect(changesText({ summary: null }, {})).toBe(false)
    expect(
      changesText({ dateline: { place: 'X', date: 'D' } }, { dateline: { date: 'D', place: 'X' } }),
    ).toBe(false)
    expect(changesText({ links: [{ id: 'row1', url: 'u' }] }, { links: [{ id: 'row2', url: 'u' }] })).toBe(
      false,
    )
  })
})
