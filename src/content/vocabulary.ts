import { locales, type Locale } from './locales'

/**
 * Fixed vocabularies of the content model, defined once: collections build their select options
 * from them (see labelled()), the seed's schema validates against them, the site reads their types.
 */

export const eventTypes = [
  'high-level-event',
  'meeting',
  'roundtable',
  'summit',
  'session',
  'signing',
] as const
export const participationRoles = ['host', 'speaker', 'delegation', 'attendee', 'organiser'] as const
export const documentTypes = [
  'resolution',
  'declaration',
  'memorandum',
  'convention',
  'strategy',
  'agreement',
  'roadmap',
  'charter',
  'programme',
] as const

export const participantKinds = ['person', 'organisation', 'country'] as const
export type ParticipantKind = (typeof participantKinds)[number]

/** A country's standing in the SCO, which changes over time (see positions.ts). */
export const scoStatuses = ['member-state', 'observer', 'dialogue-partner'] as const
export type ScoStatus = (typeof scoStatuses)[number]

export const speechDeliveries = ['as-prepared', 'as-delivered'] as const
export type SpeechDelivery = (typeof speechDeliveries)[number]
export const speechDeliveryLabels: Record<SpeechDelivery, string> = {
  'as-prepared': 'As prepared for delivery',
  'as-delivered': 'As delivered',
}

/** The language a speech was given in: one of the newsroom's, named in English for the admin. */
export const speechLanguages = locales
export const languageNames: Record<Locale, string> = { en: 'English', ru: 'Russian', zh: 'Chinese' }
