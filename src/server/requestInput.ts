import { z } from 'zod'

/**
 * Route input (a body, a query, a route parameter) parsed with zod at the boundary. A wrong
 * value is the caller's mistake: it is answered 400 with the field named and what it must be,
 * never a 500 from deeper down. The body is Payload's REST error shape, which the admin's
 * workflow panel already reads: `{ errors: [{ message, field }] }`.
 */

export type InputProblem = { field: string; message: string }
export type Parsed<T> = { ok: true; data: T } | { ok: false; problem: InputProblem; response: Response }

/** The first issue zod found, as one sentence that names the field (`root` when it is the whole input). */
export function inputProblem(error: z.ZodError, root: string): InputProblem {
  const issue = error.issues[0]
  const path = (issue?.path ?? []).map(String)
  const field = path.length > 0 ? path.join('.') : root
  return { field, message: `${field}: ${issue?.message ?? 'is not valid'}` }
}

export function badRequest(problem: InputProblem): Response {
  return Response.json({ errors: [problem] }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
}

/** Parses `value` (named `root` in errors: "body", "query", "id") with `schema`. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root: string,
): Parsed<z.output<S>> {
  const result = schema.safeParse(value)
  if (result.success) return { ok: true, data: result.data }
  const problem = inputProblem(result.error, root)
  return { ok: false, problem, response: badRequest(problem) }
}

/** A JSON text as a value; undefined when it is not JSON (a schema then names the body). */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** A URL's query as an object; a parameter given more than once becomes a list (which a string schema refuses). */
export function queryOf(url: string | URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [key, value] of new URL(url).searchParams) {
    const before = query[key]
    query[key] = before === undefined ? value : [before, value].flat()
  }
  return query
}

/**
 * A document id in a URL, as the database adapter stores ids (`payload.db.defaultIDType`): a
 * positive integer on SQLite and Postgres, text on MongoDB (an ObjectId, or a custom id). Code
 * above the adapter asks it rather than assuming one.
 */
export function documentId(idType: 'number' | 'text') {
  if (idType === 'number') {
    const expected = 'must be a positive whole number'
    return z
      .string({ error: expected })
      .regex(/^[1-9]\d{0,14}$/, expected)
      .transform(Number)
  }
  const expected = 'must be a document id (letters, digits, - and _)'
  return z.string({ error: expected }).regex(/^[\w-]{1,64}$/, expected)
}
