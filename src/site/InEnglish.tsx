import { messages, type Locale } from '@/i18n'

/**
 * The small "in English" label of a listed item whose text is the English fallback on a Russian
 * or Chinese page (issue 13), so that a reader knows before following the link. Nothing in English.
 */
export function InEnglish({ locale }: { locale: Locale }) {
  if (locale === 'en') return null
  return <p className="lang-label">{messages(locale).inEnglish}</p>
}
