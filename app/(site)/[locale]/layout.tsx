import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { getSettings } from '@/data/settings'
import { currentViewer, publicViewer } from '@/data/viewer'
import { htmlLang, isLocale, messages, type Locale } from '@/i18n'
import { localePath, sitePaths } from '@/i18n/paths'
import type { Settings } from '@/payload-types'
import { LanguageSwitch } from '@/site/LanguageSwitch.client'
import { siteOrigin } from '@/site/seo'

import '../site.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** Pages are rendered on first request and then served from cache (none at build: no database there). */
export function generateStaticParams() {
  return []
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f8a' }

/** The organisation's settings, or a plain fallback when the database cannot be reached. */
async function settingsOrFallback(
  locale: Locale,
): Promise<Pick<Settings, 'organisationName' | 'pressContacts'>> {
  try {
    return await getSettings(publicViewer, locale)
  } catch (error) {
    console.error('[site] settings unavailable:', error instanceof Error ? error.message : error)
    return { organisationName: messages(locale).newsroom, pressContacts: [] }
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw } = await params
  const locale = isLocale(raw) ? raw : 'en'
  const settings = await settingsOrFallback(locale)
  const name = settings.organisationName ?? messages(locale).newsroom
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: `${messages(locale).newsroom} · ${name}`, template: `%s · ${name}` },
    applicationName: name,
    alternates: {
      types: {
        'application/rss+xml': localePath(locale, sitePaths.rss),
        'application/atom+xml': localePath(locale, sitePaths.atom),
      },
    },
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale: raw } = await params
  // An unknown first segment renders the English frame; its page answers 404.
  const locale: Locale = isLocale(raw) ? raw : 'en'
  const t = messages(locale)
  const [settings, viewer] = await Promise.all([settingsOrFallback(locale), currentViewer()])
  return (
    <html lang={htmlLang[locale]}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {viewer.draft && (
          <div className="preview-bar" role="status">
            <p className="wrap">
              <strong>{t.preview.bar}</strong>{' '}
              <a href={`/api/preview/exit?path=${encodeURIComponent(localePath(locale))}`}>
                {t.preview.exit}
              </a>
            </p>
          </div>
        )}
        <header className="site-header">
          <div className="wrap header-row">
            <Link href={localePath(locale)} className="brand">
              <span className="brand-org">{settings.organisationName}</span>
              <span className="brand-section">{t.newsroom}</span>
            </Link>
            <LanguageSwitch locale={locale} label={t.language} />
          </div>
          <nav className="wrap main-nav" aria-label={t.mainNavigation}>
            <ul>
              <li>
                <Link href={localePath(locale, sitePaths.news)}>{t.nav.news}</Link>
              </li>
              <li>
                <Link href={localePath(locale, sitePaths.events)}>{t.nav.events}</Link>
              </li>
              <li>
                <Link href={localePath(locale, sitePaths.search)}>{t.nav.search}</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap footer-grid">
            <section>
              <p className="footer-org">{settings.organisationName}</p>
              {settings.pressContacts?.map((contact) => (
                <p key={contact.id ?? contact.name}>
                  {contact.name}
                  {contact.title && `, ${contact.title}`}
                  {contact.email && (
                    <>
                      {' · '}
                      <a href={`mailto:${contact.email}`}>{contact.email}</a>
                    </>
                  )}
                </p>
              ))}
            </section>
            <section>
              <p className="footer-org">{t.feeds.subscribe}</p>
              <p>
                <a href={localePath(locale, sitePaths.rss)}>{t.feeds.rss}</a>
                {' · '}
                <a href={localePath(locale, sitePaths.atom)}>{t.feeds.atom}</a>
              </p>
            </section>
          </div>
        </footer>
      </body>
    </html>
  )
}
