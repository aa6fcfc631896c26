import type { FuzzTargets } from './fuzzCases'

/**
 * The inputs of the fuzz suite's cases (tests/helpers/fuzzCases.ts): ids, where clauses and paging
 * that are not what Payload expects, bodies that are not JSON objects, wrong field types, bad GraphQL.
 */

export const badIds = [
  'abc',
  "1' OR '1'='1",
  ' 1',
  '1 ',
  '01',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '99999999999999999999',
  '9007199254740993',
  '%ff',
  'null',
  '',
  'a'.repeat(300),
]

export const whereQueries = [
  'where[id][in]=a,b',
  'where[id][equals]=abc',
  'where[id][not_in]=1,x',
  'where[id][greater_than]=zz',
  'where[createdAt][greater_than]=notadate',
  'where[updatedAt][less_than_equal]=2026-13-45',
  'where[slug][equals][0]=a&where[slug][equals][1]=b',
  'where[id][near]=1,2,3',
  'where[id][within]=x',
  'where[id][intersects]=x',
  'where[id][bogus]=1',
  'where[nosuchfield][equals]=1',
  'where[or][0][id][in]=a',
  'where[and][x]=1',
  'where[id]=1',
  'where=1',
  'where[id][exists]=maybe',
  'where[id][like][a]=b',
  'where[createdAt][in]=notadate,2020-01-01',
  `${'where[and][0]'.repeat(40)}[id][equals]=1`,
]

export const pagingQueries = [
  'limit=99999999999999999999',
  'limit=-1',
  'limit=abc',
  'limit=1.5',
  'limit=1e20',
  'page=1e20',
  'page=0',
  'page=-3',
  'page=abc',
  'page=99999999999999999999',
  'depth=1000',
  'depth=-1',
  'depth=abc',
  'sort=%00',
  'sort=-nosuch',
  'locale=xx',
  'fallback-locale=%00',
  'draft=maybe',
  'limit=10&limit=20',
  'select[id]=x',
  'populate[x]=y',
  'joins[x][limit]=abc',
]

export function deepJson(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`
}

function deepObject(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
}

/** Bodies that are not a JSON object, or not one Payload can take. */
export const badBodies: { contentType?: string; body: string; name: string }[] = [
  { name: 'text/plain body', contentType: 'text/plain', body: 'hello' },
  { name: 'JSON string', body: '"hello"' },
  { name: 'JSON number', body: '42' },
  { name: 'JSON null', body: 'null' },
  { name: 'JSON true', body: 'true' },
  { name: 'JSON array', body: '[1,2]' },
  { name: 'broken JSON', body: '{"a":' },
  { name: 'empty body', body: '' },
  { name: 'deep array 100000', body: deepJson(100_000) },
  { name: 'deep object 5000', body: deepObject(5_000) },
  { name: 'xml', contentType: 'application/xml', body: '<a/>' },
  { name: 'form urlencoded', contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=2' },
]

/** Objects whose fields have the wrong shape (caught by field validation or our hooks). */
export function badFields(targets: FuzzTargets): Record<string, unknown>[] {
  return [
    { topics: [99999999] },
    { topics: ['abc'] },
    { topics: 'abc' },
    { event: 99999999 },
    { dateline: { date: 'notadate' } },
    { dateline: 'x' },
    { headline: { en: 1 } },
    { headline: ['a'] },
    { title: { en: 1 } },
    { title: 42 },
    { body: { root: { children: 'x' } } },
    { body: { root: 'x' } },
    { body: 'text' },
    { body: 42 },
    { description: { root: { children: [{ children: 'x' }] } } },
    { release: 1, body: 42 },
    { release: 999999, body: 'hi' },
    { release: 'abc', body: 'hi' },
    { release: targets.release, parent: 999999, body: 'hi' },
    { email: ['a@b.c'] },
    { email: 42, password: 'x' },
    { name: { a: 1 } },
    { role: 'god' },
    { startsAt: 'notadate' },
    { gallery: [{ a: 1 }] },
    { _status: 'weird' },
    { id: 'abc' },
    { createdAt: 'notadate' },
  ]
}

export const graphqlBodies: { name: string; contentType?: string; body: string }[] = [
  {
    name: 'fragment cycle',
    body: JSON.stringify({
      query: 'query { Topics { docs { ...A } } } fragment A on Topic { ...B } fragment B on Topic { ...A }',
    }),
  },
  { name: 'non-JSON body', contentType: 'text/plain', body: 'query { Topics { docs { id } } }' },
  { name: 'broken JSON', body: '{"query":' },
  { name: 'JSON array', body: '[1]' },
  { name: 'query is a number', body: JSON.stringify({ query: 42 }) },
  { name: 'no query', body: '{}' },
  { name: 'syntax error', body: JSON.stringify({ query: 'query {' }) },
  { name: 'bad id', body: JSON.stringify({ query: 'query { Topic(id: "abc") { id } }' }) },
  {
    name: 'bad id number',
    body: JSON.stringify({ query: 'query { Topic(id: 99999999999999999999) { id } }' }),
  },
  {
    name: 'bad where',
    body: JSON.stringify({
      query: 'query { Topics(where: { createdAt: { greater_than: "notadate" } }) { docs { id } } }',
    }),
  },
  {
    name: 'huge limit',
    body: JSON.stringify({ query: 'query { Topics(limit: 2147483647, page: 2147483647) { docs { id } } }' }),
  },
  {
    name: 'deep nesting',
    body: JSON.stringify({ query: `query { ${'Topics { docs { '.repeat(200)}id${' } }'.repeat(200)} }` }),
  },
  { name: 'deep JSON', body: deepJson(100_000) },
  {
    name: 'variables not an object',
    body: JSON.stringify({ query: 'query { Topics { docs { id } } }', variables: 'x' }),
  },
  {
    name: 'mutation bad data',
    body: JSON.stringify({
      query: 'mutation { createComment(data: { release: 999999, body: "x" }) { id } }',
    }),
  },
]
