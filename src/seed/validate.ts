import type { z } from 'zod'

import { sourceReferencesInPublicText } from './publicText'
import { seedDataSchema, type SeedData } from './schema'
import { translationProblems } from './validateTranslations'

/** A seed file is wrong: the message names the record and the field. */
export class SeedDataError extends Error {
  override name = 'SeedDataError'
  constructor(readonly problems: string[]) {
    super(`The demo data has ${problems.length} problem(s); nothing was written:\n- ${problems.join('\n- ')}`)
  }
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): string {
  if (issue.path[0] === 'translations') {
    // translations.<locale>.<collection>.<key>.<field…>: named as the checks after parsing name it.
    const [, locale, collection, key, ...field] = issue.path.map(String)
    const where = field.length ? field.join('.') : '(record)'
    return key === undefined
      ? `translations${locale ? ` (${locale})` : ''}${collection ? `: ${collection}` : ''} ${issue.message}`
      : `${collection} "${key}" (${locale}): ${where} ${issue.message}`
  }
  const [collection, index, ...field] = issue.path
  const records = (input as Record<string, unknown[]> | null)?.[String(collection)]
  const record = typeof index === 'number' ? (records?.[index] as { key?: string } | undefined) : undefined
  const who = record?.key ? `"${record.key}"` : `#${String(index)}`
  const where = field.length ? field.join('.') : '(record)'
  return `${String(collection)} ${who}: ${where} ${issue.message}`
}

/**
 * Parses the hand-written data and checks every cross-reference before anything is written:
 * unknown keys, duplicate keys, references of the wrong kind and quote indexes out of range;
 * that no public field cites the source texts (src/seed/publicText.ts); and that the
 * translations match the English they translate (./validateTranslations.ts).
 */
export function validateSeedData(input: unknown): SeedData {
  const parsed = seedDataSchema.safeParse(input)
  if (!parsed.success)
    throw new SeedDataError(parsed.error.issues.map((issue) => describeIssue(input, issue)))
  const data = parsed.data
  const problems: string[] = sourceReferencesInPublicText(data)

  const index = <T extends { key: string }>(name: string, records: T[]) => {
    const map = new Map<string, T>()
    for (const record of records) {
      if (map.has(record.key)) problems.push(`${name} "${record.key}": key is used twice`)
      map.set(record.key, record)
    }
    return map
  }
  const participants = index('participants', data.participants)
  const events = index('events', data.events)
  const speeches = index('speeches', data.speeches)
  const documents = index('documents', data.documents)
  const topics = index('topics', data.topics)
  index('releases', data.releases)

  const check = (
    where: string,
    field: string,
    key: string | undefined,
    map: Map<string, unknown>,
    what: string,
    ok: (record: never) => boolean = () => true,
  ) => {
    if (key === undefined) return
    const record = map.get(key)
    if (!record) problems.push(`${where}: ${field} "${key}" is not a known ${what}`)
    else if (!ok(record as never)) problems.push(`${where}: ${field} "${key}" is not a ${what}`)
  }
  const kind =
    (...kinds: string[]) =>
    (record: { kind: string }) =>
      kinds.includes(record.kind)

  for (const p of data.participants) {
    const at = `participants "${p.key}"`
    check(at, 'parent', p.parent, participants, 'organisation', kind('organisation'))
    p.positions?.forEach((position, i) =>
      check(
        at,
        `positions.${i}.organisation`,
        position.organisation,
        participants,
        'organisation or country',
        kind('organisation', 'country'),
      ),
    )
  }
  for (const e of data.events) {
    const at = `events "${e.key}"`
    e.organisers.forEach((key, i) => check(at, `organisers.${i}`, key, participants, 'participant'))
    e.participation.forEach((entry, i) =>
      check(at, `participation.${i}.participant`, entry.participant, participants, 'participant'),
    )
    e.documents.forEach((key, i) => check(at, `documents.${i}`, key, documents, 'document'))
    check(at, 'presidency', e.presidency, participants, 'country', kind('country'))
  }
  for (const s of data.speeches) {
    const at = `speeches "${s.key}"`
    check(at, 'speaker', s.speaker, participants, 'person', kind('person'))
    check(at, 'event', s.event, events, 'event')
  }
  for (const d of data.documents) {
    const at = `documents "${d.key}"`
    d.parties.forEach((key, i) => check(at, `parties.${i}`, key, participants, 'participant'))
    d.related.forEach((key, i) => check(at, `related.${i}`, key, documents, 'document'))
  }
  for (const r of data.releases) {
    const at = `releases "${r.key}"`
    check(at, 'event', r.event, events, 'event')
    r.speeches.forEach((key, i) => check(at, `speeches.${i}`, key, speeches, 'speech'))
    r.participants.forEach((key, i) => check(at, `participants.${i}`, key, participants, 'participant'))
    r.documents.forEach((key, i) => check(at, `documents.${i}`, key, documents, 'document'))
    r.topics.forEach((key, i) => check(at, `topics.${i}`, key, topics, 'topic'))
    r.body.forEach((node, i) => {
      if ('document' in node) check(at, `body.${i}.document`, node.document, documents, 'document')
      if ('quote' in node) {
        const speech = speeches.get(node.quote.speech)
        if (!speech)
          problems.push(`${at}: body.${i}.quote.speech "${node.quote.speech}" is not a known speech`)
        else if (!speech.quotes[node.quote.index])
          problems.push(
            `${at}: body.${i}.quote.index ${node.quote.index} is out of range (speech "${speech.key}" has ${speech.quotes.length} quotes)`,
          )
      }
    })
  }
  problems.push(...translationProblems(data))
  if (problems.length) throw new SeedDataError(problems)
  return data
}
