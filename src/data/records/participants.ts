import type { Locale } from '@/content/locales'
import type { Id } from '@/content/relations'
import type { Participant } from '@/payload-types'

import { fallbackLang } from '../english'
import {
  imageOf,
  isTranslated,
  linkOf,
  localized,
  textOf,
  type Image,
  type Localized,
  type RecordLink,
} from '../shape'
import { detailFetcher, type Marked } from './query'

type Status = NonNullable<Participant['scoStatus']>[number]['status']

/** A person, organisation or country as its page shows it, newest positions and statuses first. */
export type ParticipantView = {
  id: Id
  kind: Participant['kind']
  name?: string
  /** False when the name fell back to English. */
  translated: boolean
  shortName?: Localized
  bio?: Localized
  website?: string
  photo?: Image
  /** The image of its link previews (OpenGraph). */
  shareImage?: Image
  parent?: RecordLink
  positions: { id: Id; title: Localized; organisation?: RecordLink; from?: string; to?: string }[]
  statuses: { id: Id; status: Status; from: string; to?: string }[]
}

function toView(participant: Marked<'participants'>, locale: Locale): ParticipantView {
  const titleLang = fallbackLang(participant, 'positions.title')
  return {
    id: participant.id,
    kind: participant.kind,
    name: participant.name ?? undefined,
    translated: isTranslated('participants', participant),
    shortName: textOf(participant, 'shortName'),
    bio: textOf(participant, 'bio'),
    website: participant.website || undefined,
    photo: imageOf(participant.photo, 'thumbnail'),
    shareImage: imageOf(participant.photo, 'og'),
    parent: linkOf(locale, 'participants', participant.parent),
    positions: [...(participant.positions ?? [])]
      .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
      .map((position, index) => ({
        id: position.id ?? index,
        title: localized(position.title ?? '', titleLang),
        organisation: linkOf(locale, 'participants', position.organisation),
        from: position.from ?? undefined,
        to: position.to ?? undefined,
      })),
    statuses: [...(participant.scoStatus ?? [])]
      .sort((a, b) => b.from.localeCompare(a.from))
      .map((entry, index) => ({
        id: entry.id ?? index,
        status: entry.status,
        from: entry.from,
        to: entry.to ?? undefined,
      })),
  }
}

export const getParticipant = detailFetcher(
  'participants',
  {
    depth: 1,
    related: (participant) => [
      [
        'participants',
        [participant.parent, ...(participant.positions ?? []).map((position) => position.organisation)],
      ],
    ],
  },
  toView,
)
