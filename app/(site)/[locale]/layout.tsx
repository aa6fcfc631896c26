import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { getSettings } from '@/data/releases'

import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  return {
    title: {
      default: `Newsroom · ${settings.organisationName}`,
      template: `%s · ${settings.organisationName}`,
    },
    description: `Press releases of the ${settings.organisationName}.`,
  }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const settings = await getSettings()
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              <span className="brand-org">{settings.organisationName}</span>
              <span className="brand-section">Newsroom</span>
            </Link>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{settings.organisationName}</p>
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
          </div>
        </footer>
      </body>
    </html>
  )
}
