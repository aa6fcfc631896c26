import { describe, expect, it } from 'vitest'

import { readBrand } from '@/globals/branding/brand'
import { brandedMetadata } from '@/globals/branding/metadata'

import { pngFile } from './helpers/files'
import { freshNewsroom } from './helpers/newsroom'

/** Issue 10, item 6: the admin branded with the organisation's name and mark from Settings. */
const room = freshNewsroom('branding')

const statusOf = async (path: string) => (await room.http.rest('GET', path, room.sessions.public)).status

async function upload(name: string) {
  return room.payload.create({
    collection: 'media',
    data: { alt: `Mark ${name}` },
    file: await pngFile(`${name}.png`, 240, 240),
    user: room.users.officer,
    overrideAccess: false,
  })
}

describe('the organisation’s mark (Settings.logo)', () => {
  it('is chosen by an admin only, and then readable by the public, file included', async () => {
    const mark = await upload('mark')
    const other = await upload('not-the-mark')
    expect(await statusOf(`/media/file/${mark.filename}`)).toBe(403)

    const officer = await room.http.rest('POST', '/globals/settings', room.sessions.officer, {
      logo: mark.id,
    })
    expect(officer.status).toBe(403)
    const admin = await room.http.rest('POST', '/globals/settings', room.sessions.admin, {
      organisationName: 'SCO Secretariat',
      logo: mark.id,
    })
    expect(admin.status).toBe(200)

    expect(await statusOf(`/media/${mark.id}`)).toBe(200)
    expect(await statusOf(`/media/file/${mark.filename}`)).toBe(200)
    // Only the chosen file: any other stays private until a public record uses it.
    expect(await statusOf(`/media/file/${other.filename}`)).toBe(403)
    const settings = await room.http.rest('GET', '/globals/settings?depth=1', room.sessions.public)
    expect(settings.body.logo).toMatchObject({ id: mark.id, width: 240, height: 240 })
  })

  it('is replaced in place only by an editor, as any file the public sees', async () => {
    const { logo } = await room.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
    const change = (role: 'officer' | 'editor') =>
      room.http.rest('PATCH', `/media/${String(logo)}`, room.sessions[role], {
        alt: `Changed by the ${role}`,
      })
    const officer = await change('officer')
    expect(officer.status).toBe(403)
    expect(JSON.stringify(officer.body)).toContain('organisation’s mark')
    expect((await change('editor')).status).toBe(200)
  })

  it('brands the admin as the public sees it: name and mark, the tab title and icon', async () => {
    const brand = await readBrand(room.payload)
    expect(brand.name).toBe('SCO Secretariat')
    expect(brand.mark).toMatchObject({ width: 240, height: 240 })
    expect(brand.mark?.url).toMatch(/\/api\/media\/file\/mark(-\d+)?\.png$/)

    const meta = await brandedMetadata({ title: 'Dashboard · Communiqué' }, room.payload)
    expect(meta.title).toBe('Dashboard · SCO Secretariat')
    expect(meta.icons).toEqual([{ rel: 'icon', url: brand.mark?.url }])
  })

  it('falls back to the name as text without a mark, and never to Payload’s', async () => {
    await room.payload.updateGlobal({ slug: 'settings', data: { logo: null }, overrideAccess: true })
    const brand = await readBrand(room.payload)
    expect(brand).toEqual({ name: 'SCO Secretariat', mark: null })
    const meta = await brandedMetadata({ title: 'Login · Communiqué' }, room.payload)
    expect(meta.title).toBe('Login · SCO Secretariat')
    expect(JSON.stringify(meta.icons)).toContain('data:image/svg+xml')
    expect(JSON.stringify(meta.icons)).not.toContain('payload')
  })
})
