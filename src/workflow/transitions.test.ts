import { describe, expect, it } from 'vitest'

import { editorialStatuses, type EditorialStatus } from './status'
import { availableActions, decide, statusAfterEdit, workflowActions } from './transitions'

const now = new Date('2026-11-23T10:00:00Z')
const later = '2026-11-23T12:00:00.000Z'

describe('the review workflow', () => {
  it('takes a release from draft to published through review', () => {
    const steps: [Parameters<typeof decide>[0]['action'], EditorialStatus, EditorialStatus][] = [
      ['submit', 'draft', 'in_review'],
      ['approve', 'in_review', 'approved'],
      ['publish', 'approved', 'published'],
      ['unpublish', 'published', 'withdrawn'],
      ['submit', 'withdrawn', 'in_review'],
    ]
    for (const [action, from, to] of steps) {
      expect(decide({ action, from, actor: 'editor', now })).toEqual({ ok: true, to })
    }
  })

  it('lets a press officer submit, and nothing an editor decides', () => {
    expect(decide({ action: 'submit', from: 'draft', actor: 'press-officer', now }).ok).toBe(true)
    expect(decide({ action: 'submit', from: 'changes_requested', actor: 'press-officer', now }).ok).toBe(true)
    for (const action of [
      'approve',
      'publish',
      'schedule',
      'embargo',
      'unpublish',
      'requestChanges',
    ] as const) {
      for (const { value: from } of editorialStatuses) {
        const decision = decide({ action, from, actor: 'press-officer', at: later, reason: 'x', now })
        expect(decision).toEqual({
          ok: false,
          refusal: 'forbidden',
          reason: expect.stringContaining('Only an editor'),
        })
      }
    }
  })

  it('refuses anyone who is not staff', () => {
    for (const action of workflowActions) {
      expect(decide({ action, from: 'draft', actor: undefined, now }).ok).toBe(false)
    }
    expect(availableActions('draft', undefined)).toEqual([])
  })

  it('refuses a transition from the wrong status, saying why', () => {
    expect(decide({ action: 'approve', from: 'draft', actor: 'editor', now })).toEqual({
      ok: false,
      refusal: 'conflict',
      reason: '“Approve” is not possible while the release is a draft.',
    })
    expect(decide({ action: 'publish', from: 'changes_requested', actor: 'editor', now }).ok).toBe(false)
    expect(decide({ action: 'unpublish', from: 'approved', actor: 'editor', now }).ok).toBe(false)
  })

  it('needs a reason to request changes', () => {
    expect(
      decide({ action: 'requestChanges', from: 'in_review', actor: 'editor', reason: '  ', now }).ok,
    ).toBe(false)
    expect(
      decide({ action: 'requestChanges', from: 'in_review', actor: 'editor', reason: 'Fix the date', now }),
    ).toEqual({ ok: true, to: 'changes_requested' })
  })

  it('needs a future time to schedule or embargo', () => {
    for (const action of ['schedule', 'embargo'] as const) {
      expect(decide({ action, from: 'approved', actor: 'editor', now }).ok).toBe(false)
      expect(decide({ action, from: 'approved', actor: 'editor', at: 'soon', now }).ok).toBe(false)
      expect(decide({ action, from: 'approved', actor: 'editor', at: '2026-11-23T09:59:00Z', now }).ok).toBe(
        false,
      )
      expect(decide({ action, from: 'approved', actor: 'editor', at: later, now })).toEqual({
        ok: true,
        to: 'scheduled',
      })
    }
  })

  it('offers each role only the actions it may take', () => {
    expect(availableActions('draft', 'press-officer')).toEqual(['submit'])
    expect(availableActions('in_review', 'press-officer')).toEqual([])
    expect(availableActions('in_review', 'editor')).toEqual([
      'requestChanges',
      'approve',
      'publish',
      'schedule',
      'embargo',
    ])
    expect(availableActions('published', 'editor')).toEqual(['unpublish'])
  })

  it('sends an edited approval back to review', () => {
    expect(statusAfterEdit('approved')).toBe('in_review')
    expect(statusAfterEdit('scheduled')).toBe('in_review')
    expect(statusAfterEdit('published')).toBe('draft')
    expect(statusAfterEdit('changes_requested')).toBe('changes_requested')
    expect(statusAfterEdit('draft')).toBe('draft')
  })
})

describe('publishing a scheduled or embargoed release before its time', () => {
  const embargo = { at: '2026-11-23T12:05:00.000Z', embargoed: true }
  const publish = { action: 'publish', from: 'scheduled', actor: 'editor', now } as const

  it('refuses the plain action, saying it lifts the embargo early and what to send', () => {
    expect(decide({ ...publish, planned: embargo })).toEqual({
      ok: false,
      refusal: 'conflict',
      reason: expect.stringMatching(/lifts the embargo 2 hours 5 minutes early.*"liftEarly": true.*"reason"/),
    })
    expect(decide({ ...publish, planned: { ...embargo, embargoed: false } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('brings the scheduled publication forward'),
    })
    // A reason alone is not the explicit override.
    expect(decide({ ...publish, planned: embargo, reason: 'Leaked' }).ok).toBe(false)
  })

  it('needs a reason with the override, and then publishes', () => {
    expect(decide({ ...publish, planned: embargo, liftEarly: true, reason: '  ' })).toMatchObject({
      ok: false,
      refusal: 'invalid',
      reason: expect.stringContaining('Say why the embargo is lifted early'),
    })
    expect(decide({ ...publish, planned: embargo, liftEarly: true, reason: 'Leaked by a wire' })).toEqual({
      ok: true,
      to: 'published',
    })
  })

  it('publishes at or after the planned time, and an approved release, without an override', () => {
    expect(decide({ ...publish, planned: { ...embargo, at: '2026-11-23T10:00:00.000Z' } }).ok).toBe(true)
    expect(decide({ ...publish, planned: { ...embargo, at: '2026-11-23T09:00:00.000Z' } }).ok).toBe(true)
    expect(decide({ ...publish, from: 'approved' }).ok).toBe(true)
    expect(decide({ ...publish, planned: { at: null, embargoed: false } }).ok).toBe(true)
  })
})
