import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import { anonymous, api, type ApiResponse, type Session } from './http'
import { startPayload } from './payload'
import { createUsers, passwordOf, type Staff, type TestRole, type Users } from './users'

export type Newsroom = {
  payload: Payload
  /** One user per role, to pass as `user` to the Local API with `overrideAccess: false`. */
  users: Users
  http: ReturnType<typeof api>
  /** REST/GraphQL sessions, one per role, logged in through the REST API (the public's is anonymous). */
  sessions: Record<TestRole, Session>
  /** POST /api/press-releases/:id/workflow as the user of that role. */
  act: (role: TestRole, id: number, body: Record<string, unknown>) => Promise<ApiResponse>
}

async function startNewsroom(name: string): Promise<Newsroom> {
  const payload = await startPayload(name)
  const users = await createUsers(payload)
  const http = api(payload)
  const login = (key: keyof Staff) => http.login(users[key].email, passwordOf(key))
  const sessions: Newsroom['sessions'] = {
    public: anonymous,
    officer: await login('officer'),
    editor: await login('editor'),
    admin: await login('admin'),
  }
  const act: Newsroom['act'] = (role, id, body) =>
    http.rest('POST', `/press-releases/${id}/workflow`, sessions[role], body)
  return { payload, users, http, sessions, act }
}

/**
 * How every integration file starts: Payload on a fresh throw-away database with one user per
 * role, stopped after the file. Call it at the top of the file; the newsroom's fields are filled
 * in before the first test. `before` runs first (e.g. settings that Payload reads at start).
 */
export function freshNewsroom(name: string, { before }: { before?: () => Promise<void> } = {}): Newsroom {
  const newsroom = {} as Newsroom
  beforeAll(async () => {
    await before?.()
    Object.assign(newsroom, await startNewsroom(name))
  })
  afterAll(async () => {
    await newsroom.payload?.destroy()
  })
  return newsroom
}
