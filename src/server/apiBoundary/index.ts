import type { SanitizedConfig } from 'payload'

import { badRequest } from '@/server/requestInput'
import { bodyTooLarge, boundedBody } from '@/server/requestLimits'

import { graphqlBodyProblem, restBodyProblem } from './body'
import { graphqlQueryProblem } from './graphqlQuery'
import { withGraphqlStatus } from './graphqlStatus'
import { pathProblem } from './path'
import { queryProblem } from './query'

/**
 * Our boundary before Payload's REST and GraphQL handlers (app/(payload)/api): a malformed id,
 * query or body is answered 400 naming the parameter and what it must be, instead of reaching
 * the database and coming back a 500 (issue 11). Field-level problems in a well-formed body are
 * Payload's validation's (and our hooks'), so that the Local API gets them too.
 */
type RestHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type GraphqlHandler = (request: Request) => Promise<Response>

/** A throw that escaped Payload (its GraphQL handler throws on a body it cannot read): no trace. */
function unexpected(error: unknown): Response {
  console.error('[api] unexpected error', error)
  return Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
}

/** The request with its body within the size limit (413 otherwise), read no further than it. */
async function withinLimit(request: Request): Promise<Request | Response> {
  return bodyTooLarge(request) ?? (await boundedBody(request))
}

/**
 * Payload's admin reads lists as a POST with `X-Payload-HTTP-Method-Override: GET` and the query
 * as a form body (its relationship pickers; payload 3.90.1, dist/utilities/handleEndpoints.js):
 * a read, checked as one. The URL with the form's parameters, or undefined for any other request.
 */
async function overriddenRead(request: Request): Promise<URL | undefined> {
  const override =
    request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override')
  if (request.method !== 'POST' || override !== 'GET') return undefined
  const url = new URL(request.url)
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type === 'application/x-www-form-urlencoded')
    for (const [key, value] of new URLSearchParams(await request.clone().text()))
      url.searchParams.append(key, value)
  return url
}

export function guardRest(config: Promise<SanitizedConfig>, handler: RestHandler): RestHandler {
  return async (received, args) => {
    const request = await withinLimit(received)
    if (request instanceof Response) return request
    const sanitized = await config
    const { slug } = await args.params
    const read = await overriddenRead(request)
    const path = pathProblem(sanitized, read ? 'GET' : request.method, slug ?? [])
    if (path.problem) return badRequest(path.problem)
    const query = queryProblem(sanitized, path.target, read ?? new URL(request.url))
    if (query) return badRequest(query)
    const body = read ? undefined : await restBodyProblem(request)
    if (body) return badRequest(body)
    return handler(request, args).catch(unexpected)
  }
}

export function guardGraphql(handler: GraphqlHandler): GraphqlHandler {
  return async (received) => {
    const request = await withinLimit(received)
    if (request instanceof Response) return request
    const body = await graphqlBodyProblem(request)
    if ('problem' in body) return badRequest(body.problem)
    const query = graphqlQueryProblem(body.query)
    if (query) return badRequest(query)
    return handler(request).then(withGraphqlStatus, unexpected)
  }
}
