import { ImageResponse } from 'next/og'

import { publicCacheControl } from '@/cache/tags'
import { getReleaseBySlug } from '@/data/release'
import { getSettings } from '@/data/settings'
import { publicViewer } from '@/data/viewer'
import { isLocale } from '@/i18n'
import { formatPlaceAndDay } from '@/site/format'
import { slugParam } from '@/site/locale'

type Context = { params: Promise<{ locale: string; slug: string }> }

/**
 * The social card of a release (1200×630), drawn from its English text: the bundled font has
 * Latin glyphs only. Built with the public's access, so a draft or embargoed release has no card.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [release, settings] = await Promise.all([
    getReleaseBySlug(publicViewer, slugParam(slug), 'en'),
    getSettings(publicViewer, 'en'),
  ])
  if (!release) return new Response('Not found', { status: 404 })
  const headline = release.headline ?? ''
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#0b2f52',
        color: '#ffffff',
        borderTop: '16px solid #f2a900',
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 28, letterSpacing: 4, textTransform: 'uppercase', color: '#c9d6e6' }}>
          Press release
        </div>
        <div style={{ fontSize: headline.length > 110 ? 46 : 56, lineHeight: 1.15, marginTop: 28 }}>
          {headline}
        </div>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#c9d6e6' }}>
        <div>{formatPlaceAndDay(release.dateline.place, release.dateline.date, 'en')}</div>
        <div>{settings.organisationName}</div>
      </div>
    </div>,
    {
      width: 1200,
      height: 630,
      headers: { 'Cache-Control': publicCacheControl },
    },
  )
}
