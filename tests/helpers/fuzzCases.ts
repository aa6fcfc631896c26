/**
 * Malformed requests for the fuzz suite (tests/fuzz.test.ts), generated deterministically: the
 * classes the fuzz run found answered 5xx (issue 11), crossed with every collection,
 * method and role, plus seeded random mutations of them. The same seed gives the same cases, so
 * a failure names a case that can be replayed.
 */

import {
  badBodies,
  badFields,
  badIds,
  deepJson,
  graphqlBodies,
  pagingQueries,
  whereQueries,
} from './fuzzInputs'

export type FuzzRole = 'public' | 'officer'

export type FuzzCase = {
  name: string
  role: FuzzRole
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** 'rest' → /api/<segments>; 'graphql' → /api/graphql. */
  route: 'rest' | 'graphql'
  segments: string[]
  query?: string
  contentType?: string
  body?: string | FormData
}

/** Ids of real records the cases aim at (made by the test before generating). */
export type FuzzTargets = { release: number; topic: number; comment: number }

export const collections = [
  'press-releases',
  'comments',
  'embargo-links',
  'events',
  'speeches',
  'participants',
  'documents',
  'topics',
  'media',
  'users',
  'activity',
] as const

/** mulberry32: a tiny seeded PRNG, enough to pick and mutate cases reproducibly. */
export function prng(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  return { next, pick }
}

/** The hand-picked classes, crossed with collections, methods and roles. */
export function fuzzCases(targets: FuzzTargets, seed = 11): FuzzCase[] {
  const cases: FuzzCase[] = []
  const roles: FuzzRole[] = ['public', 'officer']
  const json = 'application/json'
  for (const role of roles) {
    for (const collection of collections) {
      for (const id of badIds) {
        cases.push({
          name: `GET id ${JSON.stringify(id.slice(0, 20))}`,
          role,
          method: 'GET',
          route: 'rest',
          segments: [collection, id],
        })
      }
      for (const id of ["1' OR '1'='1", ' 1', 'abc']) {
        cases.push({
          name: `PATCH id ${id}`,
          role,
          method: 'PATCH',
          route: 'rest',
          segments: [collection, id],
          contentType: json,
          body: '{}',
        })
        cases.push({
          name: `DELETE id ${id}`,
          role,
          method: 'DELETE',
          route: 'rest',
          segments: [collection, id],
        })
      }
      for (const query of [...whereQueries, ...pagingQueries]) {
        cases.push({
          name: `GET ?${query.slice(0, 60)}`,
          role,
          method: 'GET',
          route: 'rest',
          segments: [collection],
          query,
        })
      }
      for (const bad of badBodies) {
        cases.push({
          name: `POST ${bad.name}`,
          role,
          method: 'POST',
          route: 'rest',
          segments: [collection],
          contentType: bad.contentType ?? json,
          body: bad.body,
        })
      }
    }
    const release = String(targets.release)
    for (const bad of badBodies) {
      cases.push({
        name: `PATCH draft ${bad.name}`,
        role,
        method: 'PATCH',
        route: 'rest',
        segments: ['press-releases', release],
        query: 'draft=true',
        contentType: bad.contentType ?? json,
        body: bad.body,
      })
      cases.push({
        name: `workflow ${bad.name}`,
        role,
        method: 'POST',
        route: 'rest',
        segments: ['press-releases', release, 'workflow'],
        contentType: bad.contentType ?? json,
        body: bad.body,
      })
    }
    for (const data of badFields(targets)) {
      const body = JSON.stringify(data)
      for (const [collection, id] of [
        ['press-releases', release],
        ['topics', String(targets.topic)],
        ['comments', String(targets.comment)],
      ] as const) {
        cases.push({
          name: `PATCH draft ${collection} ${body}`,
          role,
          method: 'PATCH',
          route: 'rest',
          segments: [collection, id],
          query: 'draft=true',
          contentType: json,
          body,
        })
      }
      for (const collection of ['press-releases', 'comments', 'events', 'users', 'topics'] as const) {
        cases.push({
          name: `POST ${collection} ${body}`,
          role,
          method: 'POST',
          route: 'rest',
          segments: [collection],
          contentType: json,
          body,
        })
      }
    }
    for (const payloadField of ['{"a":', 'null', '"x"', '[1]', deepJson(10_000)]) {
      const form = () => {
        const data = new FormData()
        data.set('_payload', payloadField)
        data.set('file', new Blob(['not an image'], { type: 'image/png' }), 'x.png')
        return data
      }
      cases.push({
        name: `multipart _payload ${payloadField.slice(0, 10)}`,
        role,
        method: 'POST',
        route: 'rest',
        segments: ['media'],
        body: form(),
      })
      cases.push({
        name: `multipart PATCH _payload ${payloadField.slice(0, 10)}`,
        role,
        method: 'PATCH',
        route: 'rest',
        segments: ['press-releases', release],
        body: form(),
      })
    }
    for (const segments of [
      ['users', 'verify', 'abc'],
      ['users', 'verify', ''],
      ['users', 'unlock'],
      ['users', 'forgot-password'],
      ['users', 'reset-password'],
      ['users', 'login'],
      ['users', 'refresh-token'],
      ['nosuch'],
      ['press-releases', 'abc', 'workflow'],
      ['press-releases', '99999999', 'workflow'],
      ['globals', 'settings'],
      ['globals', 'nosuch'],
      ['press-releases', 'versions', 'abc'],
      ['press-releases', 'versions', "1' OR '1'='1"],
      ['topics', '1', 'nope'],
    ]) {
      for (const bad of [
        { name: 'JSON null', body: 'null' },
        { name: 'JSON object', body: '{"email":["a@b.c"],"token":1,"password":2}' },
        badBodies[0]!,
      ]) {
        cases.push({
          name: `POST ${segments.join('/')} ${bad.name}`,
          role,
          method: 'POST',
          route: 'rest',
          segments,
          contentType: 'contentType' in bad ? bad.contentType : json,
          body: bad.body,
        })
      }
    }
    for (const bad of graphqlBodies) {
      cases.push({
        name: `graphql ${bad.name}`,
        role,
        method: 'POST',
        route: 'graphql',
        segments: [],
        contentType: bad.contentType ?? json,
        body: bad.body,
      })
    }
  }
  return [...cases, ...mutations(cases, seed)]
}

/** Random crossings of the classes above: a bad query on a bad id, a bad body on a list, … */
function mutations(cases: FuzzCase[], seed: number): FuzzCase[] {
  const random = prng(seed)
  const queries = [...whereQueries, ...pagingQueries]
  const extra: FuzzCase[] = []
  for (let index = 0; index < 150; index++) {
    const base = random.pick(cases.filter((c) => c.route === 'rest' && typeof c.body !== 'object'))
    const query = [base.query, random.pick(queries), random.pick(queries)].filter(Boolean).join('&')
    const segments = random.next() < 0.5 ? [random.pick(collections), random.pick(badIds)] : base.segments
    const method = random.pick(['GET', 'POST', 'PATCH', 'DELETE'] as const)
    extra.push({
      ...base,
      name: `mutated ${method} ${segments.join('/')}?${query.slice(0, 60)}`,
      method,
      segments,
      query,
      body: method === 'GET' ? undefined : base.body,
    })
  }
  return extra
}
