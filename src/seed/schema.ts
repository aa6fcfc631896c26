import { z } from 'zod'

import { defaultLocale } from '@/content/locales'
import { canonicalTimeZone, isTimeZone } from '@/content/timeZones'
import {
  documentTypes,
  eventTypes,
  participantKinds,
  participationRoles,
  scoStatuses,
  speechDeliveries,
  speechLanguages,
} from '@/content/vocabulary'
import { bodyNodeSchema, key } from './schemaParts'
import { translationsSchema } from './translationSchema'

/**
 * The shape of the demo newsroom's hand-written data files (src/seed/data/*).
 * Every record has a stable `key` (kebab-case, also used as its slug) and points to other
 * records by key. The whole set is validated before anything is written (see validate.ts).
 */

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'is not a real date')

/** A local wall-clock time, YYYY-MM-DDTHH:mm, read in the record's own IANA time zone. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time written YYYY-MM-DDTHH:mm')

/** Any zone the runtime knows, kept under its current IANA name (Asia/Calcutta → Asia/Kolkata). */
const timeZone = z
  .string()
  .refine(isTimeZone, 'must be an IANA time zone such as "America/New_York"')
  .transform((value) => canonicalTimeZone(value) ?? value)

/** A note for editors, shown on the record in the admin (never on the public site). */
const editorNote = z.string().min(1).optional()

export const positionSchema = z.object({
  title: z.string().min(1),
  /** Key of the organisation participant in which the position is held. */
  organisation: key.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
})

export const scoStatusSchema = z.object({
  status: z.enum(scoStatuses),
  from: isoDate,
  to: isoDate.optional(),
})

export const participantSchema = z
  .object({
    key,
    kind: z.enum(participantKinds),
    name: z.string().min(1),
    /** Other spellings found in the source texts ("Bahrein", "Columbia"). */
    aliases: z.array(z.string().min(1)).optional(),
    shortName: z.string().min(1).optional(),
    bio: z.string().min(1).optional(),
    website: z.url().optional(),
    /** Key of the parent organisation (RATS → SCO). Organisations only. */
    parent: key.optional(),
    positions: z.array(positionSchema).optional(),
    scoStatus: z.array(scoStatusSchema).optional(),
    editorNote,
  })
  .superRefine((value, ctx) => {
    if (value.positions && value.kind !== 'person')
      ctx.addIssue({ code: 'custom', path: ['positions'], message: 'only people hold positions' })
    if (value.scoStatus && value.kind !== 'country')
      ctx.addIssue({ code: 'custom', path: ['scoStatus'], message: 'only countries have an SCO status' })
    if (value.parent && value.kind !== 'organisation')
      ctx.addIssue({ code: 'custom', path: ['parent'], message: 'only organisations have a parent' })
  })

export const eventSchema = z.object({
  key,
  title: z.string().min(1),
  type: z.enum(eventTypes),
  start: localDateTime,
  end: localDateTime.optional(),
  timeZone,
  venue: z.string().min(1).optional(),
  city: z.string().min(1),
  /** Keys of organising participants. */
  organisers: z.array(key).default([]),
  participation: z
    .array(z.object({ participant: key, role: z.enum(participationRoles), note: z.string().optional() }))
    .default([]),
  attendance: z.number().int().positive().optional(),
  /** Plain paragraphs. */
  description: z.array(z.string().min(1)).default([]),
  livestream: z.object({ url: z.url().optional(), note: z.string().min(1) }).optional(),
  /** Keys of documents. */
  documents: z.array(key).default([]),
  series: z.string().min(1).optional(),
  /** Key of the country holding the SCO presidency under which the event was held. */
  presidency: key.optional(),
  editorNote,
})

export const speechSchema = z.object({
  key,
  title: z.string().min(1),
  /** Key of a person participant. */
  speaker: key,
  /** Key of the event. */
  event: key,
  date: isoDate,
  delivery: z.enum(speechDeliveries),
  language: z.enum(speechLanguages).default(defaultLocale),
  /** Plain paragraphs: the full text as far as the source gives it (reported speech allowed). */
  text: z.array(z.string().min(1)).default([]),
  /** Key quotes, verbatim from the source; press-release quote blocks refer to them by index. */
  quotes: z.array(z.string().min(1)).default([]),
  videoUrl: z.url().optional(),
  editorNote,
})

export const documentSchema = z.object({
  key,
  title: z.string().min(1),
  type: z.enum(documentTypes),
  symbol: z.string().min(1).optional(),
  date: isoDate.optional(),
  place: z.string().min(1).optional(),
  /** Keys of participants that are parties to, or adopted, the document. */
  parties: z.array(key).default([]),
  summary: z.string().min(1),
  link: z.url().optional(),
  related: z.array(key).default([]),
  editorNote,
})

export const topicSchema = z.object({
  key,
  title: z.string().min(1),
  description: z.string().min(1),
})

export const releaseSchema = z.object({
  key,
  /** The file in ../shared/seeds this release comes from. */
  source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
  headline: z.string().min(1),
  dateline: z.object({ place: z.string().min(1), date: isoDate }),
  summary: z.string().min(1),
  body: z.array(bodyNodeSchema).min(1),
  event: key.optional(),
  speeches: z.array(key).default([]),
  participants: z.array(key).default([]),
  documents: z.array(key).default([]),
  topics: z.array(key).default([]),
  editorNote,
})

export const seedDataSchema = z.object({
  participants: z.array(participantSchema),
  events: z.array(eventSchema),
  speeches: z.array(speechSchema),
  documents: z.array(documentSchema),
  topics: z.array(topicSchema),
  releases: z.array(releaseSchema),
  /** The reader-facing text in the other languages (src/seed/translationSchema.ts). */
  translations: translationsSchema.default({}),
})

export type SeedData = z.infer<typeof seedDataSchema>
export type SeedDataInput = z.input<typeof seedDataSchema>
export type ParticipantSeed = z.input<typeof participantSchema>
export type EventSeed = z.input<typeof eventSchema>
export type SpeechSeed = z.input<typeof speechSchema>
export type DocumentSeed = z.input<typeof documentSchema>
export type TopicSeed = z.input<typeof topicSchema>
export type ReleaseSeed = z.input<typeof releaseSchema>
