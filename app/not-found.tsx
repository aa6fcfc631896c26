import { htmlLang, locales, messages } from '@/i18n'
import { localePath } from '@/i18n/paths'

/**
 * The 404 for an address outside every section (the site's own is
 * app/(site)/[locale]/not-found.tsx, the admin's Payload's). Next puts the element of this file,
 * or its built-in one with inline styles when there is none, into the payload of every page: this
 * one is a few links, and replaces two copies of the built-in one (1.6 KB a page).
 * No root layout sits above it: Next wraps it in its own <html> when it serves it alone.
 */
export default function RootNotFound() {
  return (
    <main>
      <title>{messages('en').notFound.title}</title>
      {locales.map((locale) => (
        <p key={locale} lang={htmlLang[locale]}>
          {messages(locale).notFound.title}: <a href={localePath(locale)}>{messages(locale).newsroom}</a>
        </p>
      ))}
    </main>
  )
}
