import { describe, expect, it } from 'vitest'

import { recordWriteRefusal, type RecordWrite } from './recordApproval'

const write = (over: Partial<RecordWrite>): RecordWrite => ({
  operation: 'update',
  draft: false,
  actor: 'press-officer',
  stored: 'published',
  status: undefined,
  ...over,
})

describe('recordWriteRefusal', () => {
  it('lets an officer save a draft of a published record', () => {
    expect(recordWriteRefusal(write({ draft: true, status: 'draft' }), 'speech')).toBeNull()
  })

  it('refuses an officer a change in place to a published record, naming the way out', () => {
    expect(recordWriteRefusal(write({}), 'speech')).toMatch(/published: only an editor.*draft/)
    // As Payload hands a non-draft save of a published record to the hooks.
    expect(recordWriteRefusal(write({ status: 'published' }), 'speech')).toMatch(/published: only an editor/)
    expect(recordWriteRefusal(write({ status: 'published', draft: true }), 'speech')).toMatch(
      /only an editor/,
    )
  })

  it('refuses an officer an unpublish (a save of draft status without draft=true)', () => {
    expect(recordWriteRefusal(write({ status: 'draft' }), 'event')).toMatch(/only an editor/)
  })

  it('refuses an officer a publication, of a new record too, even with draft=true', () => {
    for (const over of [
      { stored: 'draft' as const, status: 'published' as const },
      { stored: 'draft' as const, status: 'published' as const, draft: true },
      { operation: 'create' as const, stored: undefined, status: 'published' as const },
    ])
      expect(recordWriteRefusal(write(over), 'topic')).toMatch(/Only an editor can publish a topic/)
  })

  it('lets an officer create a draft and change an unpublished record in place', () => {
    expect(recordWriteRefusal(write({ operation: 'create', stored: undefined }), 'event')).toBeNull()
    expect(recordWriteRefusal(write({ stored: 'draft' }), 'event')).toBeNull()
  })

  it('lets editors and the system do everything, and refuses anyone else', () => {
    expect(recordWriteRefusal(write({ actor: 'editor', status: 'published' }), 'speech')).toBeNull()
    expect(recordWriteRefusal(write({ actor: 'system' }), 'speech')).toBeNull()
    expect(recordWriteRefusal(write({ actor: undefined, draft: true }), 'speech')).toMatch(/Only staff/)
  })
})
