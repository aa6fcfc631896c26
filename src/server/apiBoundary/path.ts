import type { SanitizedConfig } from 'payload'

import { documentId, type InputProblem } from '@/server/requestInput'

type Endpoint = { path: string; method: string }

/**
 * The parameters of the first endpoint whose path matches `segments` (after the collection's or
 * global's slug), as Payload's handleEndpoints picks it: custom endpoints come before Payload's
 * own in the sanitized config, so the first match is the one that will run.
 */
function routeParams(endpoints: readonly Endpoint[], method: string, segments: string[]) {
  for (const endpoint of endpoints) {
    if (endpoint.method !== method) continue
    const parts = endpoint.path.split('/').filter(Boolean)
    const params: Record<string, string> = {}
    let matches = true
    for (let index = 0; index < Math.max(parts.length, segments.length); index++) {
      const part = parts[index]
      const segment = segments[index]
      if (part === undefined) matches = false
      else if (part.startsWith(':')) {
        if (segment !== undefined) params[part.slice(1).replace(/\?$/, '')] = segment
        else if (!part.endsWith('?')) matches = false
      } else if (part !== segment) matches = false
      if (!matches) break
    }
    if (matches) return params
  }
  return undefined
}

/**
 * A REST path's document ids, checked as the database adapter stores them before Payload sees
 * them (upstream: https://github.com/payloadcms/payload/issues/8347): on SQLite "1' OR '1'='1" and " 1" were read as 1 and "abc" as NaN, which answered 500
 * (issue 11). Paths Payload does not know are left to it (it answers 404).
 */
export function pathProblem(
  config: SanitizedConfig,
  method: string,
  slug: string[],
): { target: { kind: 'collections' | 'globals'; slug: string } | undefined; problem?: InputProblem } {
  const [first, ...rest] = slug
  const global = first === 'globals' ? config.globals.find((entry) => entry.slug === rest[0]) : undefined
  const collection = config.collections.find((entry) => entry.slug === first)
  const entity = global ?? collection
  if (!entity) return { target: undefined }
  const segments = global ? rest.slice(1) : rest
  const endpoints = Array.isArray(entity.endpoints) ? (entity.endpoints as Endpoint[]) : []
  const params = routeParams(endpoints, method.toLowerCase(), segments) ?? {}
  const target = { kind: global ? ('globals' as const) : ('collections' as const), slug: entity.slug }
  if (params.id === undefined) return { target }
  const id = documentId(config.db.defaultIDType).safeParse(params.id)
  if (id.success) return { target }
  const expected = config.db.defaultIDType === 'number' ? 'a positive whole number' : 'a document id'
  return {
    target,
    problem: {
      field: 'id',
      message: `id: must be ${expected}, not ${JSON.stringify(params.id.slice(0, 40))}`,
    },
  }
}
