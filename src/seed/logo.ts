import type { Payload } from 'payload'
import sharp from 'sharp'

/**
 * The demo organisation's mark: the letters "SCO" in a roundel, drawn here (NOT the real SCO
 * emblem). Letters are strokes rather than text, so that rendering needs no installed font.
 */
const letter = 'fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round"'
export const demoMarkSvg = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">',
  '<circle cx="120" cy="120" r="118" fill="#0b5394"/>',
  '<circle cx="120" cy="120" r="102" fill="none" stroke="#fff" stroke-width="5"/>',
  `<path ${letter} d="M 88 98 A 18 15 0 1 0 72 120 A 18 15 0 1 1 56 142"/>`,
  `<path ${letter} d="M 135.3 100.7 A 20 30 0 1 0 135.3 139.3"/>`,
  `<ellipse ${letter} cx="168" cy="120" rx="20" ry="30"/>`,
  '</svg>',
].join('')

/** Gives the demo newsroom its mark (Settings.logo), unless an organisation mark is already chosen. */
export async function ensureLogo(payload: Payload): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  if (settings.logo) return
  const data = await sharp(Buffer.from(demoMarkSvg)).png().toBuffer()
  const mark = await payload.create({
    collection: 'media',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { alt: 'SCO Secretariat demo mark: the letters SCO in a blue roundel', credit: 'Communiqué demo' },
    file: { data, mimetype: 'image/png', name: 'organisation-mark.png', size: data.length },
  })
  await payload.updateGlobal({
    slug: 'settings',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { logo: mark.id },
  })
}
