import type { LocaleTranslationsInput } from '../translationSchema'
import { events as ruEvents, speeches as ruSpeeches } from './events.ru'
import { participants as ruParticipants } from './participants.ru'
import { documents as ruDocuments, topics as ruTopics } from './records.ru'
import { newYorkReleases as ruNewYork } from './releasesNewYork.ru'
import { viennaReleases as ruVienna } from './releasesVienna.ru'
import { events as zhEvents, speeches as zhSpeeches } from './events.zh'
import { participants as zhParticipants } from './participants.zh'
import { documents as zhDocuments, topics as zhTopics } from './records.zh'
import { newYorkReleases as zhNewYork } from './releasesNewYork.zh'
import { viennaReleases as zhVienna } from './releasesVienna.zh'

/**
 * The demo newsroom in Russian and Chinese: everything a reader sees, translated by the
 * Communiqué team (not official SCO translations). Written as the ru and zh locales of the same
 * records (src/seed/planLocales.ts), checked against the English (src/seed/validateTranslations.ts).
 */
export const translations: Partial<Record<'ru' | 'zh', LocaleTranslationsInput>> = {
  ru: {
    releases: { ...ruNewYork, ...ruVienna },
    events: ruEvents,
    speeches: ruSpeeches,
    documents: ruDocuments,
    topics: ruTopics,
    participants: ruParticipants,
  },
  zh: {
    releases: { ...zhNewYork, ...zhVienna },
    events: zhEvents,
    speeches: zhSpeeches,
    documents: zhDocuments,
    topics: zhTopics,
    participants: zhParticipants,
  },
}
