import { messages, type Locale } from '@/i18n'

/** Said when a record has no text in this language and English is shown instead. */
export function FallbackNote({ locale, translated }: { locale: Locale; translated: boolean }) {
  if (translated || locale === 'en') return null
  return (
    <p className="fallback-note" role="note">
      {messages(locale).fallbackNote}
    </p>
  )
}
