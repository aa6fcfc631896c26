import type { FlattenedField, SanitizedConfig } from 'payload'

import { documentId, type InputProblem } from '@/server/requestInput'

/**
 * The query of a REST request (`where[...]`, `limit`, `page`, `depth`), checked before Payload
 * reads it. Payload passes a value of the wrong kind on to the database (a NaN id, an invalid
 * date, a list where one value goes), where SQLite refuses it and the answer is a 500 (issue 11;
 * upstream, the same NaN on Postgres: https://github.com/payloadcms/payload/issues/8347 and the
 * open fix https://github.com/payloadcms/payload/pull/16451). Only what is cheap to know here is
 * checked; the rest (unknown fields, access) Payload already answers 4xx.
 */

const listOperators = new Set(['in', 'not_in', 'all'])
const operators = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'exists',
  'near',
  'within',
  'intersects',
  ...listOperators,
])
const geoOperators = new Set(['near', 'within', 'intersects'])

/** `where[a][b][0]` → ['a', 'b', '0']; undefined when the key is not written in brackets. */
export function bracketPath(key: string): string[] | undefined {
  const match = /^where((?:\[[^[\]]*\])+)$/.exec(key)
  if (!match?.[1]) return undefined
  return [...match[1].matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] ?? '')
}

type Field = Pick<FlattenedField, 'name' | 'type'> & {
  flattenedFields?: FlattenedField[]
  relationTo?: unknown
  hasMany?: boolean
}

const builtIn: Record<string, Field> = {
  id: { name: 'id', type: 'number' },
  createdAt: { name: 'createdAt', type: 'date' },
  updatedAt: { name: 'updatedAt', type: 'date' },
}

/** The field a path names, descending into groups; undefined for a path Payload must judge. */
function resolveField(fields: FlattenedField[], names: string[]): Field | undefined {
  let list: FlattenedField[] | undefined = fields
  let field: Field | undefined
  for (const name of names) {
    field = list?.find((entry) => entry.name === name) ?? (list === fields ? builtIn[name] : undefined)
    if (!field) return undefined
    list = field.flattenedFields
  }
  return field
}

function valueProblem(
  idType: 'number' | 'text',
  field: Field,
  operator: string,
  value: string,
): string | undefined {
  if (operator === 'exists') return /^(true|false)$/.test(value) ? undefined : 'must be true or false'
  if (geoOperators.has(operator))
    return field.type === 'point' ? undefined : `${operator} is only for point (map) fields`
  if (operator === 'like' || operator === 'not_like' || operator === 'contains') return undefined
  const values = listOperators.has(operator) ? value.split(',') : [value]
  const isId = field.name === 'id' && field.type !== 'text'
  const isReference =
    (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
  for (const one of values) {
    if (one === 'null' || (one === '' && !isId)) continue
    if (isId || isReference) {
      if (!documentId(idType).safeParse(one).success)
        return idType === 'number' ? 'must be document ids (positive whole numbers)' : 'must be document ids'
    } else if (field.type === 'date') {
      if (Number.isNaN(Date.parse(one))) return 'must be a date such as 2026-11-30 or 2026-11-30T12:00:00Z'
    } else if (field.type === 'number') {
      if (!Number.isFinite(Number(one))) return 'must be a number'
    }
  }
  return undefined
}

function whereProblem(
  idType: 'number' | 'text',
  fields: FlattenedField[],
  parts: string[],
  value: string,
  key: string,
): string | undefined {
  let rest = parts
  while (rest[0] === 'and' || rest[0] === 'or') {
    if (!/^\d{1,3}$/.test(rest[1] ?? ''))
      return `where[${rest[0]}] must be a list of conditions, e.g. where[${rest[0]}][0][field][equals]=value`
    rest = rest.slice(2)
  }
  const operatorAt = rest.findIndex((part) => operators.has(part))
  if (operatorAt < 0)
    return rest.length === 0
      ? 'must name a field and an operator, e.g. where[title][equals]=value'
      : `needs a known operator after the field (${[...operators].join(', ')})`
  const names = rest.slice(0, operatorAt).flatMap((name) => name.split('.'))
  const operator = rest[operatorAt] as string
  const after = rest.slice(operatorAt + 1)
  if (names.length === 0) return 'must name a field before the operator'
  if (
    after.length > 0 &&
    !(listOperators.has(operator) && after.length === 1 && /^\d{1,4}$/.test(after[0] ?? ''))
  )
    return `${operator} takes one value`
  const field = resolveField(fields, names)
  if (!field) return undefined
  const problem = valueProblem(idType, field, operator, value)
  return problem && `${key.replace(/\[\d+\]$/, '')}: ${problem}`
}

const paging: Record<string, { pattern: RegExp; expected: string }> = {
  limit: { pattern: /^(0|[1-9]\d{0,4})$/, expected: 'a whole number from 0 to 99999' },
  page: { pattern: /^[1-9]\d{0,5}$/, expected: 'a whole number from 1 to 999999' },
  depth: { pattern: /^\d{1,2}$/, expected: 'a whole number from 0 to 99' },
}

export function queryProblem(
  config: SanitizedConfig,
  target: { kind: 'collections' | 'globals'; slug: string } | undefined,
  url: URL,
): InputProblem | undefined {
  const entity =
    target?.kind === 'globals'
      ? config.globals.find((entry) => entry.slug === target.slug)
      : config.collections.find((entry) => entry.slug === target?.slug)
  const fields = entity?.flattenedFields ?? []
  const seen = new Set<string>()
  for (const [key, value] of url.searchParams) {
    const rule = paging[key]
    if (rule) {
      if (seen.has(key)) return { field: key, message: `${key}: must be given once` }
      seen.add(key)
      if (!rule.pattern.test(value)) return { field: key, message: `${key}: must be ${rule.expected}` }
      continue
    }
    if (key !== 'where' && !key.startsWith('where[')) continue
    const parts = bracketPath(key)
    if (!parts) return { field: 'where', message: 'where: must be written as where[field][operator]=value' }
    const problem = whereProblem(config.db.defaultIDType, fields, parts, value, key)
    if (problem) {
      const message = problem.startsWith('where[') ? problem : `${key}: ${problem}`
      return { field: key, message }
    }
  }
  return undefined
}
