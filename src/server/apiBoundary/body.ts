import { jsonOf, type InputProblem } from '@/server/requestInput'

/**
 * The body of a REST or GraphQL request, checked before Payload reads it. Payload takes any text
 * as JSON and any JSON value as the document's data, so a string, a number, null or a text/plain
 * body reached the database layer and a JSON nested 100,000 levels deep overflowed the stack of
 * its recursive field traversal: 500s (issue 11).
 */
export const MAX_JSON_DEPTH = 64
export const MAX_JSON_BYTES = 10 * 1024 * 1024

/** How deeply `value` nests, counted without recursion (a deep value must not overflow us either). */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return deepest
}

/** A JSON text as an object, or the problem with it, named `field`. */
export function jsonObject(
  text: string,
  field: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; problem: InputProblem } {
  const fail = (why: string) => ({ ok: false as const, problem: { field, message: `${field}: ${why}` } })
  if (text.length > MAX_JSON_BYTES) return fail(`must be at most ${MAX_JSON_BYTES} bytes`)
  const value = jsonOf(text)
  if (value === undefined) return fail('must be JSON (it could not be parsed)')
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail(
      `must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`,
    )
  if (jsonDepth(value) > MAX_JSON_DEPTH) return fail(`must not nest more than ${MAX_JSON_DEPTH} levels deep`)
  return { ok: true, value: value as Record<string, unknown> }
}

function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

const isJson = (type: string) => type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type)

/**
 * A REST write's body: JSON (an object), or multipart form data whose `_payload` field is one
 * (how the admin and uploads send documents). An empty body is left to Payload (logout, refresh).
 */
export async function restBodyProblem(request: Request): Promise<InputProblem | undefined> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method) || request.body === null) return undefined
  const type = mediaType(request)
  if (type === 'multipart/form-data') {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined)
    if (!form) return { field: 'body', message: 'body: must be valid multipart form data' }
    const data = form.get('_payload')
    if (data === null) return undefined
    if (typeof data !== 'string')
      return { field: '_payload', message: '_payload: must be a JSON text, not a file' }
    const parsed = jsonObject(data, '_payload')
    return parsed.ok ? undefined : parsed.problem
  }
  const text = await request.clone().text()
  if (text.trim() === '') return undefined
  if (!isJson(type))
    return {
      field: 'Content-Type',
      message: `Content-Type: must be application/json (or multipart/form-data for uploads), not ${JSON.stringify(type || 'none')}`,
    }
  const parsed = jsonObject(text, 'body')
  return parsed.ok ? undefined : parsed.problem
}

/** A GraphQL request's body: a JSON object with a `query` text, optional `variables` and `operationName`. */
export async function graphqlBodyProblem(
  request: Request,
): Promise<{ problem: InputProblem } | { query: string }> {
  if (!isJson(mediaType(request)))
    return { problem: { field: 'Content-Type', message: 'Content-Type: must be application/json' } }
  const parsed = jsonObject(await request.clone().text(), 'body')
  if (!parsed.ok) return { problem: parsed.problem }
  const { query, variables, operationName } = parsed.value
  if (typeof query !== 'string' || query.trim() === '')
    return { problem: { field: 'query', message: 'query: must be a GraphQL query text' } }
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  )
    return { problem: { field: 'variables', message: 'variables: must be a JSON object' } }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return { problem: { field: 'operationName', message: 'operationName: must be a text' } }
  return { query }
}
