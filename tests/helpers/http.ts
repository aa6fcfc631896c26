import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

/**
 * The REST and GraphQL APIs exactly as the Next.js routes serve them (the same handlers, in
 * process), for tests that must hold through every channel, not only the Local API.
 */
/** A caller: its login token, and the client address it comes from (rate limits are per address). */
export type Session = { token?: string; address?: string }
export const anonymous: Session = {}

export type ApiResponse = { status: number; body: Record<string, unknown> }

function headers(session: Session): HeadersInit {
  return {
    'Content-Type': 'application/json',
    ...(session.token ? { Authorization: `JWT ${session.token}` } : {}),
    ...(session.address ? { 'X-Forwarded-For': session.address } : {}),
  }
}

async function read(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    body = { text }
  }
  return { status: response.status, body }
}

export function api(payload: Payload) {
  const base = 'http://127.0.0.1:3000/api'
  async function rest(
    method: string,
    path: string,
    session: Session = anonymous,
    body?: unknown,
  ): Promise<ApiResponse> {
    const request = new Request(`${base}${path}`, {
      method,
      headers: headers(session),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return read(await handleEndpoints({ config: payload.config, request }))
  }
  async function graphql(query: string, session: Session = anonymous, variables?: Record<string, unknown>) {
    const request = new Request(`${base}/graphql`, {
      method: 'POST',
      headers: headers(session),
      body: JSON.stringify({ query, variables }),
    })
    return read(await GRAPHQL_POST(Promise.resolve(payload.config))(request))
  }
  async function login(email: string, password: string): Promise<Session> {
    const response = await rest('POST', '/users/login', anonymous, { email, password })
    const token = response.body.token
    if (typeof token !== 'string')
      throw new Error(`Login failed for ${email}: ${JSON.stringify(response.body)}`)
    return { token }
  }
  return { rest, graphql, login }
}
