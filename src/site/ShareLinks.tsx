import { messages, type Locale } from '@/i18n'

import { PrintButton } from './PrintButton.client'

/** Plain share links (no third-party scripts, no tracking) and a print button. */
export function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const t = messages(locale).release
  const u = encodeURIComponent(url)
  const text = encodeURIComponent(title)
  const links = [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { name: 'Weibo', href: `https://service.weibo.com/share/share.php?url=${u}&title=${text}` },
    { name: t.shareEmail, href: `mailto:?subject=${text}&body=${u}` },
  ]
  return (
    <section className="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t.share}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.name}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              {...(!link.href.startsWith('mailto:') && { target: '_blank' })}
            >
              {link.name}
            </a>
          </li>
        ))}
        <li>
          <PrintButton label={t.print} />
        </li>
      </ul>
    </section>
  )
}
