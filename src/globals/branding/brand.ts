import type { Payload } from 'payload'

import { defaultLocale, isLocale } from '@/content/locales'
import type { Media } from '@/payload-types'

/** The organisation's mark as stored: a file of ours, served from /api/media/file/... */
export type Mark = { url: string; width: number; height: number }

/** What the admin is branded with (issue 10, item 6). */
export type Brand = { name: string; mark: Mark | null }

/** When Settings has no name yet (a fresh install): still not Payload's. */
export const fallbackName = 'Communiqué'

/** The stored file of an upload field's value, when populated and an image with known size. */
export function markOf(value: number | Media | null | undefined): Mark | null {
  if (!value || typeof value !== 'object' || !value.url || !value.width || !value.height) return null
  if (!value.mimeType?.startsWith('image/')) return null
  return { url: value.url, width: value.width, height: value.height }
}

/**
 * The organisation's name and mark from Settings, read through the Local API as the public reads
 * them (no user, access enforced): the login page shows them before anyone signs in, so it must
 * show nothing the public may not fetch (src/access/publicMedia.ts lets the chosen mark through).
 */
export async function readBrand(payload: Payload, locale?: string): Promise<Brand> {
  const settings = await payload.findGlobal({
    slug: 'settings',
    depth: 1,
    locale: isLocale(locale) ? locale : defaultLocale,
    fallbackLocale: defaultLocale,
    overrideAccess: false,
    select: { organisationName: true, logo: true },
  })
  return { name: settings.organisationName?.trim() || fallbackName, mark: markOf(settings.logo) }
}

/** Initials of a name for a small icon without a mark: "Shanghai Cooperation …" → "SCO". */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word))
  const initials = (words.length > 0 ? words : name.split(/\s+/)).map((word) => [...word][0] ?? '')
  return initials.join('').slice(0, 3) || [...name][0] || ''
}

/** A square SVG icon of the initials, as a data: URL (the CSP allows data: images). */
export function initialsIconUrl(name: string): string {
  const text = initialsOf(name).replace(/[<>&"']/g, '')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="32" fill="#1d3557"/><text x="32" y="41" font-family="sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#fff">${text}</text></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}
