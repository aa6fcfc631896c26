/** The admin's calls to the REST API from the conversation and the inbox (same origin, the session cookie). */
export type Outcome = { ok: true; body: unknown } | { ok: false; message: string }

/** The first message of a Payload error answer (APIError, ValidationError or our 400s). */
function messageOf(status: number, body: unknown): string {
  const first = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] })
    ?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `The request failed (${status}).`
}

export async function send(path: string, method: 'GET' | 'POST' | 'PATCH', data?: unknown): Promise<Outcome> {
  try {
    const response = await fetch(path, {
      method,
      credentials: 'include',
      headers: data === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: data === undefined ? undefined : JSON.stringify(data),
    })
    const body = (await response.json().catch(() => null)) as unknown
    return response.ok ? { ok: true, body } : { ok: false, message: messageOf(response.status, body) }
  } catch {
    return { ok: false, message: 'The server could not be reached. Nothing was changed.' }
  }
}
