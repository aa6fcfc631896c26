import { messages, type Locale } from '@/i18n'

import { ShareLinksList } from './ShareLinks.client'

/** Plain share links (no third-party scripts, no tracking) and a print button. */
export function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = messages(locale).release
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t.share}</h2>
      <ShareLinksList url={url} title={title} labels={{ shareEmail: t.shareEmail, print: t.print }} />
    </section>
  )
}
