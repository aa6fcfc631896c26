/**
 * The HTTP status of a GraphQL answer. graphql-http answers 200 to every executed operation, as
 * the GraphQL-over-HTTP spec allows for `application/json`, even when nothing ran because the
 * input was refused: a client (or a monitor counting 4xx) could not tell "forbidden" or
 * "invalid" from success (issue 11). When the operation produced no data at all and every error
 * carries a client-error status from Payload (`extensions.statusCode`, 400–499), the answer takes
 * that status (the first error's). Partial results keep 200: some of the data is there.
 */
type GraphqlBody = {
  data?: Record<string, unknown> | null
  errors?: { extensions?: { statusCode?: unknown } }[]
}

export function clientErrorStatus(body: GraphqlBody): number | undefined {
  const errors = body.errors ?? []
  if (errors.length === 0) return undefined
  const noData = !body.data || Object.values(body.data).every((value) => value === null)
  if (!noData) return undefined
  const statuses = errors.map((error) => error.extensions?.statusCode)
  const client = (status: unknown): status is number =>
    typeof status === 'number' && status >= 400 && status < 500
  return statuses.every(client) ? statuses[0] : undefined
}

/** The response with the status `clientErrorStatus` gives it, or as it was. */
export async function withGraphqlStatus(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  let status: number | undefined
  try {
    status = clientErrorStatus(JSON.parse(text) as GraphqlBody)
  } catch {
    status = undefined
  }
  return new Response(text, { status: status ?? 200, headers: response.headers })
}
