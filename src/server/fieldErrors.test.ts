import type { AfterErrorHookArgs, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepFieldErrors } from './fieldErrors'

/** A validation error as the production bundle throws it: another class, its name minified. */
class K extends Error {
  status = 400
  isPublic = true
  data = {
    collection: 'users',
    errors: [{ path: 'currentPassword', message: 'The current password is not correct.' }],
  }
}

const run = (error: Error, result = { errors: [{ message: error.message }] }) =>
  keepFieldErrors({ error, result, req: {} as PayloadRequest, context: {} } as AfterErrorHookArgs)

describe('field errors in REST answers', () => {
  it('keep the field and its reason when Payload could not recognise the error', () => {
    const error = new K('The following field is invalid: currentPassword')
    expect(run(error)).toEqual({
      status: 400,
      response: { errors: [{ name: 'ValidationError', data: error.data, message: error.message }] },
    })
  })

  it('leave other errors as they were', () => {
    const hidden = Object.assign(new K('secret'), { isPublic: false })
    expect(run(hidden)).toBeUndefined()
    expect(run(Object.assign(new K('x'), { status: 500 }))).toBeUndefined()
    expect(run(new Error('plain'))).toBeUndefined()
    const formatted = { errors: [{ message: 'x', data: {} }] }
    expect(run(new K('already detailed'), formatted)).toBeUndefined()
  })
})
