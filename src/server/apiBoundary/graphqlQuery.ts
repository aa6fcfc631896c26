import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

import type { InputProblem } from '@/server/requestInput'

/**
 * A GraphQL query's shape, checked before Payload runs it. Payload measures a query's complexity
 * before graphql-js validates it, and that measurement follows fragment spreads and nesting
 * recursively: a fragment cycle or a deep query overflowed the stack, a 500 (issue 11).
 */
export const MAX_QUERY_DEPTH = 24
const MAX_QUERY_LENGTH = 100_000

/** The deepest nesting of braces, counted on the text (strings and comments skipped). */
function braceDepth(text: string): number {
  let depth = 0
  let deepest = 0
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === '"') {
      index++
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1
    } else if (char === '#') {
      while (index < text.length && text[index] !== '\n') index++
    } else if (char === '{' || char === '[' || char === '(') deepest = Math.max(deepest, ++depth)
    else if (char === '}' || char === ']' || char === ')') depth--
  }
  return deepest
}

/** The fragments each fragment spreads, and the first cycle among them. */
function fragmentCycle(document: DocumentNode): string | undefined {
  const spreads = new Map<string, string[]>()
  const collect = (set: SelectionSetNode | undefined, into: string[]) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) into.push(selection.name.value)
      else collect(selection.selectionSet, into)
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const into: string[] = []
    collect(definition.selectionSet, into)
    spreads.set(definition.name.value, into)
  }
  const done = new Set<string>()
  const visit = (name: string, path: string[]): string | undefined => {
    if (path.includes(name)) return [...path, name].join(' → ')
    if (done.has(name)) return undefined
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return undefined
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name, [])
    if (cycle) return cycle
  }
  return undefined
}

/**
 * Mutations refused on GraphQL because their REST form is wrapped with protections GraphQL would
 * go round: a reset request is limited per client address and answers in the same time for known
 * and unknown emails (collections/Users/forgotPassword.ts).
 */
const restOnly: Record<string, string> = {
  forgotPasswordUser: 'POST /api/users/forgot-password',
}

/** The first field anywhere in the document that only REST may run (aliases do not hide it). */
function restOnlyField(document: DocumentNode): string | undefined {
  const find = (set: SelectionSetNode | undefined): string | undefined => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value in restOnly) return selection.name.value
      if (selection.kind !== Kind.FRAGMENT_SPREAD) {
        const found = find(selection.selectionSet)
        if (found) return found
      }
    }
    return undefined
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION)
      continue
    const found = find(definition.selectionSet)
    if (found) return found
  }
  return undefined
}

export function graphqlQueryProblem(query: string): InputProblem | undefined {
  const problem = (message: string) => ({ field: 'query', message: `query: ${message}` })
  if (query.length > MAX_QUERY_LENGTH) return problem(`must be at most ${MAX_QUERY_LENGTH} characters`)
  if (braceDepth(query) > MAX_QUERY_DEPTH)
    return problem(`must not nest more than ${MAX_QUERY_DEPTH} levels deep`)
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (error) {
    return problem(`is not valid GraphQL (${(error as Error).message.split('\n')[0]})`)
  }
  const cycle = fragmentCycle(document)
  if (cycle) return problem(`fragments must not spread themselves (${cycle})`)
  const field = restOnlyField(document)
  if (field) return problem(`${field} is not available on GraphQL: use ${restOnly[field]}`)
  return undefined
}
