import { z } from 'zod'

import { translationLocales } from '@/content/locales'
import { bodyNodeSchema, key } from './schemaParts'

/**
 * The shape of the demo newsroom's translations (src/seed/data/*.ru.ts, *.zh.ts): per language,
 * per collection, per record key, the reader-facing fields in the same shape as the English ones.
 * Anything left out reads as English (Payload's fallback). validateTranslations.ts checks them
 * against the English: known keys, the same blocks in the same places, the language's script.
 */

const text = z.string().min(1)

export const releaseTranslationSchema = z.strictObject({
  headline: text,
  dateline: z.strictObject({ place: text }),
  summary: text,
  /** Paragraph by paragraph, with the English body's quote and document blocks at the same places. */
  body: z.array(bodyNodeSchema).min(1),
})

export const eventTranslationSchema = z.strictObject({
  title: text,
  venue: text.optional(),
  city: text.optional(),
  /** The same number of paragraphs as the English description. */
  description: z.array(text).optional(),
  /** The notes of the participation list, by participant key (those with an English note). */
  participation: z.record(key, text).optional(),
  /** The live stream's note. */
  livestream: text.optional(),
})

export const speechTranslationSchema = z.strictObject({
  title: text,
  /** Only for a speech given in this language: a quote is quoted as given, never translated. */
  quotes: z.array(text).optional(),
})

export const documentTranslationSchema = z.strictObject({
  title: text,
  place: text.optional(),
  summary: text.optional(),
})

export const topicTranslationSchema = z.strictObject({
  title: text,
  description: text.optional(),
})

export const participantTranslationSchema = z.strictObject({
  name: text,
  shortName: text.optional(),
  bio: text.optional(),
  /** The titles of the English `positions`, in the same order. */
  positions: z.array(text).optional(),
})

const byKey = <T extends z.ZodType>(schema: T) => z.record(key, schema).default({})

export const localeTranslationsSchema = z.strictObject({
  releases: byKey(releaseTranslationSchema),
  events: byKey(eventTranslationSchema),
  speeches: byKey(speechTranslationSchema),
  documents: byKey(documentTranslationSchema),
  topics: byKey(topicTranslationSchema),
  participants: byKey(participantTranslationSchema),
})

export const translationsSchema = z.partialRecord(z.enum(translationLocales), localeTranslationsSchema)

export type Translations = z.infer<typeof translationsSchema>
export type LocaleTranslations = z.infer<typeof localeTranslationsSchema>
export type LocaleTranslationsInput = z.input<typeof localeTranslationsSchema>
export type ReleaseTranslation = z.input<typeof releaseTranslationSchema>
export type EventTranslation = z.input<typeof eventTranslationSchema>
export type SpeechTranslation = z.input<typeof speechTranslationSchema>
export type DocumentTranslation = z.input<typeof documentTranslationSchema>
export type TopicTranslation = z.input<typeof topicTranslationSchema>
export type ParticipantTranslation = z.input<typeof participantTranslationSchema>
