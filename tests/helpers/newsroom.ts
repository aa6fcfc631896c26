import type { Payload } from 'payload'

import { api, type Session } from './http'
import { startPayload } from './payload'
import { createStaff, type Staff } from './users'

export type Newsroom = {
  payload: Payload
  staff: Staff
  http: ReturnType<typeof api>
  /** Logged-in REST/GraphQL sessions, one per role. */
  sessions: Record<keyof Staff, Session>
  /** POST /api/press-releases/:id/workflow as `session`. */
  act: (
    session: Session,
    id: number,
    body: Record<string, unknown>,
  ) => ReturnType<ReturnType<typeof api>['rest']>
}

/** Payload on a fresh database with one staff user per role, logged in through the REST API. */
export async function startNewsroom(name: string): Promise<Newsroom> {
  const payload = await startPayload(name)
  const staff = await createStaff(payload)
  const http = api(payload)
  const sessions = {
    admin: await http.login(staff.admin.email, 'test-admin-password'),
    editor: await http.login(staff.editor.email, 'test-editor-password'),
    officer: await http.login(staff.officer.email, 'test-officer-password'),
  }
  const act: Newsroom['act'] = (session, id, body) =>
    http.rest('POST', `/press-releases/${id}/workflow`, session, body)
  return { payload, staff, http, sessions, act }
}
