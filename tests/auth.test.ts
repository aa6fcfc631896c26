import { describe, expect, it } from 'vitest'

import { freshNewsroom } from './helpers/newsroom'
import { passwordOf } from './helpers/users'

/**
 * Issue 11, item 5: authentication as a careful newsroom expects. Everything goes through the
 * REST handlers, as a browser or an attacker would.
 */
const room = freshNewsroom('auth')

const fieldOf = (body: Record<string, unknown>) =>
  JSON.stringify(body.errors ?? body)

describe('password policy', () => {
  it('refuses a short or common password on create, naming the field', async () => {
    for (const password of ['abc', 'password1234']) {
      const res = await room.http.rest('POST', '/users', room.sessions.admin, {
        email: `short-${password.length}@communique.test`,
        password,
        name: 'Short',
        role: 'press-officer',
      })
      expect(res.status).toBe(400)
      expect(fieldOf(res.body)).toMatch(/password/)
    }
  })

  it('asks for the current password to change one’s own, and checks it', async () => {
    const id = room.users.officer.id
    const session = room.sessions.officer
    const next = 'a much longer officer passphrase'
    const without = await room.http.rest('PATCH', `/users/${id}`, session, { password: next })
    expect(without.status).toBe(400)
    expect(fieldOf(without.body)).toMatch(/currentPassword/)
    const wrong = await room.http.rest('PATCH', `/users/${id}`, session, {
      password: next,
      currentPassword: 'not the password at all',
    })
    expect(wrong.status).toBe(400)
    expect(fieldOf(wrong.body)).toMatch(/currentPassword/)
    const tooShort = await room.http.rest('PATCH', `/users/${id}`, session, {
      password: 'short',
      currentPassword: passwordOf('officer'),
    })
    expect(tooShort.status).toBe(400)
    const right = await room.http.rest('PATCH', `/users/${id}`, session, {
      password: next,
      currentPassword: passwordOf('officer'),
    })
    expect(right.status).toBe(200)
    expect(right.body.doc).not.toHaveProperty('currentPassword')
    await room.http.login(room.users.officer.email, next)
    // Back as it was, for the tests that follow; an admin needs no current password for someone else.
    const reset = await room.http.rest('PATCH', `/users/${id}`, room.sessions.admin, {
      password: passwordOf('officer'),
    })
    expect(reset.status).toBe(200)
    await room.http.login(room.users.officer.email, passwordOf('officer'))
  })

  it('lets neither a press officer nor the public change someone else’s password', async () => {
    const id = room.users.editor.id
    for (const session of [room.sessions.officer, room.sessions.public]) {
      const res = await room.http.rest('PATCH', `/users/${id}`, session, {
        password: 'an attacker chose this one',
      })
      expect([401, 403, 404]).toContain(res.status)
    }
    await room.http.login(room.users.editor.email, passwordOf('editor'))
  })

  it('refuses a weak password through the reset token as well', async () => {
    const token = 'reset-token-for-the-policy-test'
    await room.payload.update({
      collection: 'users',
      id: room.users.editor.id,
      overrideAccess: true,
      data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + 60_000).toISOString() },
    })
    const res = await room.http.rest('POST', '/users/reset-password', undefined, { token, password: 'abc' })
    expect(res.status).toBe(400)
    expect(fieldOf(res.body)).toMatch(/password/)
    await room.http.login(room.users.editor.email, passwordOf('editor'))
  })
})
