import { describe, expect, it } from 'vitest'

import { parseTransitionInput } from './transitionInput'

/** The message a refused body is answered with (400, naming the field). */
async function refusal(body: unknown) {
  const parsed = parseTransitionInput(body)
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(body)}`)
  expect(parsed.response.status).toBe(400)
  const answer = (await parsed.response.json()) as { errors: { field: string; message: string }[] }
  expect(answer.errors[0]).toEqual(parsed.problem)
  return parsed.problem
}

describe('the workflow endpoint’s body', () => {
  it('accepts an action with its reason, time and time zone', () => {
    expect(parseTransitionInput({ action: 'submit' })).toEqual({ ok: true, data: { action: 'submit' } })
    const body = { action: 'embargo', at: '2099-03-04T10:00', timezone: 'Europe/Vienna', reason: 'Wait' }
    expect(parseTransitionInput(body)).toEqual({ ok: true, data: body })
    expect(parseTransitionInput({ action: 'schedule', timezone: 'UTC' }).ok).toBe(true)
  })

  it('accepts every current IANA zone name and the old ones, giving the current name', () => {
    const zoneOf = (timezone: string) => {
      const parsed = parseTransitionInput({ action: 'schedule', timezone })
      return parsed.ok ? parsed.data.timezone : parsed.problem
    }
    for (const zone of ['Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh'])
      expect(zoneOf(zone)).toBe(zone)
    expect(zoneOf('Etc/UTC')).toBe('UTC')
    expect(zoneOf('Asia/Calcutta')).toBe('Asia/Kolkata')
  })

  it('names the body when it is not a JSON object', async () => {
    for (const body of [undefined, null, 'submit', ['submit'], 42]) {
      expect(await refusal(body)).toEqual({
        field: 'body',
        message: 'body: must be a JSON object such as {"action": "submit"}',
      })
    }
  })

  it('names the action when it is missing or unknown, listing the known ones', async () => {
    for (const body of [{}, { action: 'delete' }, { action: 7 }]) {
      const problem = await refusal(body)
      expect(problem.field).toBe('action')
      expect(problem.message).toBe(
        'action: must be one of: submit, requestChanges, approve, publish, schedule, embargo, unpublish',
      )
    }
  })

  it('names a time zone the runtime does not know', async () => {
    expect(await refusal({ action: 'embargo', at: '2099-01-01T00:00', timezone: 'Mars/Olympus' })).toEqual({
      field: 'timezone',
      message: 'timezone: must be an IANA time zone such as Europe/Vienna, not "Mars/Olympus"',
    })
  })

  it('names a field that is not text, or too long', async () => {
    expect(await refusal({ action: 'requestChanges', reason: 5 })).toEqual({
      field: 'reason',
      message: 'reason: must be text',
    })
    expect(await refusal({ action: 'requestChanges', reason: 'x'.repeat(5001) })).toEqual({
      field: 'reason',
      message: 'reason: must be at most 5000 characters',
    })
    expect((await refusal({ action: 'schedule', at: '2'.repeat(65) })).field).toBe('at')
    expect((await refusal({ action: 'schedule', timezone: 'Europe/'.repeat(10) })).field).toBe('timezone')
  })
})

describe('the early-lift override', () => {
  it('is a boolean, sent with its reason', async () => {
    expect(parseTransitionInput({ action: 'publish', liftEarly: true, reason: 'Leaked' })).toEqual({
      ok: true,
      data: { action: 'publish', liftEarly: true, reason: 'Leaked' },
    })
    expect(await refusal({ action: 'publish', liftEarly: 'yes' })).toEqual({
      field: 'liftEarly',
      message: expect.stringContaining('true or false'),
    })
  })
})
