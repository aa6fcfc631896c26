import { randomUUID } from 'node:crypto'

import { handleEndpoints } from 'payload'
import { describe, expect, it } from 'vitest'

import { loginLimiter } from '../collections/Users/hooks/loginGuard'
import { freshNewsroom } from './helpers/newsroom'
import { passwordOf } from './helpers/users'

/**
 * Issue 11, item 5: authentication as a careful newsroom expects. Everything goes through the
 * REST handlers, as a browser or an attacker would.
 */
const room = freshNewsroom('auth')

const fieldOf = (body: Record<string, unknown>) => JSON.stringify(body.errors ?? body)

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
      data: {
        resetPasswordToken: token,
        resetPasswordExpiration: new Date(Date.now() + 60_000).toISOString(),
      },
    })
    const res = await room.http.rest('POST', '/users/reset-password', undefined, { token, password: 'abc' })
    expect(res.status).toBe(400)
    expect(fieldOf(res.body)).toMatch(/password/)
    await room.http.login(room.users.editor.email, passwordOf('editor'))
  })
})

/** A REST call from a client address of its own (as the nearest proxy reports it). */
async function from(address: string, path: string, body: unknown) {
  const request = new Request(`http://127.0.0.1:3000/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.9, ${address}` },
    body: JSON.stringify(body),
  })
  const response = await handleEndpoints({ config: room.payload.config, request })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  }
}
const newAddress = () =>
  `10.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 200)}`

async function activity(action: string, text: string) {
  const { docs } = await room.payload.find({
    collection: 'activity',
    where: { action: { equals: action }, summary: { contains: text } },
    overrideAccess: true,
  })
  return docs
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax cookie, Secure only over HTTPS, and logs the login', async () => {
    const res = await from(newAddress(), '/users/login', {
      email: room.users.editor.email,
      password: passwordOf('editor'),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    // SERVER_URL is http:// here: a Secure cookie would never come back.
    expect(cookie).not.toMatch(/Secure/)
    expect(room.payload.collections.users.config.auth.cookies.secure).toBe(false)
    expect((await activity('login', 'editor test')).length).toBeGreaterThan(0)
  })

  it('answers as slowly for an unknown email as for a known one with a wrong password', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 3; i++) {
      known.push(
        await timed(() =>
          from(newAddress(), '/users/login', {
            email: room.users.admin.email,
            password: 'wrong guess number one',
          }),
        ),
      )
      unknown.push(
        await timed(() =>
          from(newAddress(), '/users/login', {
            email: `nobody-${i}@communique.test`,
            password: 'wrong guess number one',
          }),
        ),
      )
    }
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(known))
  })

  it('never locks a colleague out: failures from one address do not stop another', async () => {
    const attacker = newAddress()
    for (let i = 0; i < 6; i++) {
      const res = await from(attacker, '/users/login', {
        email: room.users.editor.email,
        password: `guess ${i} of many`,
      })
      expect(res.status).toBe(401)
    }
    const colleague = await from(newAddress(), '/users/login', {
      email: room.users.editor.email,
      password: passwordOf('editor'),
    })
    expect(colleague.status).toBe(200)
    const failed = await activity('loginFailed', room.users.editor.email)
    expect(failed.length).toBeGreaterThanOrEqual(6)
    expect(failed[0]!.note).toContain(attacker)
    expect(JSON.stringify(failed)).not.toContain('guess 1 of many')
  })

  it('refuses an address after too many failures, with Retry-After, and logs it once', async () => {
    const attacker = newAddress()
    // The first nineteen without their waits (5 free, then 0.5 s doubling up to 8 s).
    for (let i = 0; i < 19; i++) loginLimiter.fail(attacker)
    const last = await from(attacker, '/users/login', {
      email: 'someone@communique.test',
      password: 'one more guess here',
    })
    expect(last.status).toBe(401)
    const refused = await from(attacker, '/users/login', {
      email: room.users.admin.email,
      password: passwordOf('admin'),
    })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(refused.body)).toMatch(/Too many failed logins/)
    expect(await activity('loginLimited', attacker)).toHaveLength(1)
    // Everyone else still gets in.
    expect(
      (
        await from(newAddress(), '/users/login', {
          email: room.users.admin.email,
          password: passwordOf('admin'),
        })
      ).status,
    ).toBe(200)
  })

  it('keeps every session when one account logs in on several devices at once, and logs out only the one', async () => {
    // Payload reads the account's sessions before its transaction and writes the array whole, so
    // two logins at one moment each wrote what they read and one device was logged out at once
    // (patches/payload+3.90.1.patch; docs/upstream.md).
    const { email } = room.users.editor
    const devices = await Promise.all(
      Array.from({ length: 4 }, () => room.http.login(email, passwordOf('editor'))),
    )
    const who = async (session: (typeof devices)[number]) =>
      ((await room.http.rest('GET', '/users/me', session)).body.user as { email?: string } | null)?.email
    for (const device of devices) expect(await who(device)).toBe(email)

    // One device logs out while another logs in: the first is out, every other still in.
    const [, another] = await Promise.all([
      room.http.rest('POST', '/users/logout', devices[0]),
      room.http.login(email, passwordOf('editor')),
    ])
    expect(await who(devices[0]!)).toBeUndefined()
    for (const device of [...devices.slice(1), another]) expect(await who(device)).toBe(email)
  })
})

describe('forgot password', () => {
  const ask = (address: string, email: string) => from(address, '/users/forgot-password', { email })

  it('answers as slowly for an unknown email as for a known one', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 2; i++) {
      known.push(await timed(() => ask(newAddress(), i ? room.users.officer.email : room.users.editor.email)))
      unknown.push(await timed(() => ask(newAddress(), `nobody-${randomUUID()}@communique.test`)))
    }
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(known))
  })

  it('limits requests per address with 429 and Retry-After, and logs it', async () => {
    const address = newAddress()
    for (let i = 0; i < 5; i++)
      expect((await ask(address, `nobody-${randomUUID()}@communique.test`)).status).toBe(200)
    const refused = await ask(address, 'nobody@communique.test')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(refused.body)).toMatch(/Too many password reset requests/)
    expect(await activity('resetLimited', address)).toHaveLength(1)
    expect((await ask(newAddress(), '')).status).toBe(400)
  })
})
