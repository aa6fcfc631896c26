import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'

/**
 * Each field's value has the JSON type the field stores, and each relationship names a record
 * that exists, checked before Payload's own hooks run. Payload skips validation for drafts and
 * lets a wrong type through to a hook (a slug made from {"en": 1}), to rich text's traversal
 * ({"root": {"children": "x"}}) or to the database (a missing related id, an invalid date): the
 * version write then failed with a 500 (issue 11; upstream: drafts are saved unvalidated by
 * design, https://github.com/payloadcms/payload/issues/2806). A beforeOperation hook runs for
 * drafts too and on every channel (REST, GraphQL, Local API).
 */
type Problem = { path: string; message: string }
/** The ids named per collection, each with the first field path that named it (for the error). */
type References = Map<string, Map<number | string, string>>

const textTypes = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A Lexical editor state: every node an object, every `children` a list (walked without recursion). */
function richTextProblem(value: unknown): string | undefined {
  if (!isObject(value) || !isObject(value.root)) return 'must be rich text (an editor state with a root)'
  const stack: unknown[] = [value.root]
  let nodes = 0
  while (stack.length > 0) {
    const node = stack.pop()
    if (!isObject(node)) return 'must be rich text: every node must be an object'
    if (++nodes > 100_000) return 'must be rich text of at most 100000 nodes'
    if (node.children === undefined) continue
    if (!Array.isArray(node.children)) return 'must be rich text: a node’s children must be a list'
    stack.push(...(node.children as unknown[]))
  }
  return undefined
}

function idProblem(value: unknown, idType: 'number' | 'text'): boolean {
  if (idType === 'number')
    return (
      !(typeof value === 'number' && Number.isSafeInteger(value) && value > 0) &&
      !(typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value))
    )
  return !(typeof value === 'string' && /^[\w-]{1,64}$/.test(value))
}

function scalarProblem(field: FlattenedField, value: unknown): string | undefined {
  if (textTypes.has(field.type)) {
    if ('hasMany' in field && field.hasMany && Array.isArray(value))
      return value.every((one) => typeof one === 'string') ? undefined : 'must be a list of texts'
    return typeof value === 'string' ? undefined : 'must be a text'
  }
  if (field.type === 'number') {
    if ('hasMany' in field && field.hasMany && Array.isArray(value))
      return value.every((one) => typeof one === 'number' && Number.isFinite(one))
        ? undefined
        : 'must be a list of numbers'
    return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number'
  }
  if (field.type === 'checkbox') return typeof value === 'boolean' ? undefined : 'must be true or false'
  if (field.type === 'date')
    return (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
      ? undefined
      : 'must be a date such as 2026-11-30T12:00:00.000Z'
  if (field.type === 'richText') return richTextProblem(value)
  return undefined
}

function walk(
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  context: { problems: Problem[]; references: References; idType: 'number' | 'text'; allLocales: boolean },
) {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const path = `${prefix}${field.name}`
    const raw = data[field.name]
    if (raw === null || raw === undefined) continue
    const values = field.localized && context.allLocales && isObject(raw) ? Object.values(raw) : [raw]
    for (const value of values) {
      if (value === null || value === undefined) continue
      const fail = (message: string) => context.problems.push({ path, message: `${path}: ${message}` })
      if (field.type === 'group' || field.type === 'tab') {
        if (isObject(value)) walk(field.flattenedFields, value, `${path}.`, context)
        else fail('must be an object of its fields')
      } else if ((field.type === 'array' || field.type === 'blocks') && value === 0) {
        // The admin's form sends an empty list as its row count, 0, which Payload reads as none.
        continue
      } else if (field.type === 'array') {
        if (!Array.isArray(value) || !value.every(isObject)) fail('must be a list of objects')
        else
          value.forEach((row, index) =>
            walk(field.flattenedFields, row as Record<string, unknown>, `${path}.${index}.`, context),
          )
      } else if (field.type === 'blocks') {
        if (
          !Array.isArray(value) ||
          !value.every((row) => isObject(row) && typeof row.blockType === 'string')
        )
          fail('must be a list of blocks, each with a blockType')
      } else if (
        (field.type === 'relationship' || field.type === 'upload') &&
        typeof field.relationTo === 'string'
      ) {
        const ids = field.hasMany && Array.isArray(value) ? value : [value]
        const bad = ids.find((id) => idProblem(isObject(id) ? id.id : id, context.idType))
        if (bad !== undefined)
          fail(`must be ${field.hasMany ? 'ids' : 'the id'} of ${field.relationTo} records`)
        else {
          const known = context.references.get(field.relationTo) ?? new Map()
          for (const id of ids) {
            const key = (isObject(id) ? id.id : id) as number | string
            if (!known.has(key)) known.set(key, path)
          }
          context.references.set(field.relationTo, known)
        }
      } else {
        const problem = scalarProblem(field, value)
        if (problem) fail(problem)
      }
    }
  }
}

/** The related records named in the data that do not exist, as problems naming the collection. */
async function missingReferences(req: PayloadRequest, references: References): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const [collection, ids] of references) {
    const wanted = [...ids.keys()].map(String)
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: wanted } },
      limit: wanted.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: {},
    })
    const have = new Set(found.docs.map((doc) => String(doc.id)))
    // Each field that names a missing record is named, so the writer knows which one to fix.
    const byPath = new Map<string, string[]>()
    for (const [id, path] of ids)
      if (!have.has(String(id))) byPath.set(path, [...(byPath.get(path) ?? []), String(id)])
    for (const [path, missing] of byPath)
      problems.push({ path, message: `${path}: No ${collection} record with id ${missing.join(', ')}.` })
  }
  return problems
}

export const checkDataShape: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === undefined) return args
  if (!isObject(data))
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'data', message: 'data: must be an object' }],
    })
  const context = {
    problems: [] as Problem[],
    references: new Map() as References,
    idType: req.payload.db.defaultIDType,
    allLocales: req.locale === 'all',
  }
  walk(collection.flattenedFields, data, '', context)
  // Only a caller who may write learns which ids exist; the others are refused by access next.
  if (context.problems.length === 0 && (req.user || (args as { overrideAccess?: boolean }).overrideAccess))
    context.problems.push(...(await missingReferences(req, context.references)))
  if (context.problems.length > 0)
    throw new ValidationError({ collection: collection.slug, errors: context.problems, req })
  return args
}

/** `collection` with checkDataShape first among its beforeOperation hooks (payload.config.ts adds it to all). */
export function withDataShapeCheck<C extends object>(collection: C): C {
  const hooks = (collection as { hooks?: { beforeOperation?: unknown[] } }).hooks
  return {
    ...collection,
    hooks: { ...hooks, beforeOperation: [checkDataShape, ...(hooks?.beforeOperation ?? [])] },
  }
}
