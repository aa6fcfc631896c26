import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { pngFile } from './helpers/files'
import { anonymous, api } from './helpers/http'
import { startPayload } from './helpers/payload'
import { releaseData } from './helpers/releases'
import { createStaff, type Staff } from './helpers/users'

let payload: Payload
let staff: Staff
let http: ReturnType<typeof api>

beforeAll(async () => {
  payload = await startPayload('media-access')
  staff = await createStaff(payload)
  http = api(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

async function photo(name: string) {
  return payload.create({
    collection: 'media',
    data: { alt: `Photo ${name}` },
    file: await pngFile(`${name}.png`, 800, 600),
    user: staff.officer,
    overrideAccess: false,
  })
}

describe('media files', () => {
  it('are public only once a public record uses them', async () => {
    const hidden = await photo('unreleased')
    const release = await payload.create({
      collection: 'press-releases',
      data: { ...releaseData(), heroImage: hidden.id },
      draft: true,
      user: staff.officer,
      overrideAccess: false,
    })
    const editorSession = await http.login(staff.editor.email, 'test-editor-password')

    expect((await http.rest('GET', `/media/${hidden.id}`, anonymous)).status).toBe(404)
    expect(
      (await http.rest('GET', `/media/file/${hidden.filename}`, anonymous)).status,
    ).toBeGreaterThanOrEqual(400)
    expect(
      (await http.rest('GET', `/media/file/${hidden.sizes?.card?.filename}`, anonymous)).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await http.rest('GET', `/media/file/${hidden.filename}`, editorSession)).status).toBe(200)

    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'published' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect((await http.rest('GET', `/media/${hidden.id}`, anonymous)).status).toBe(200)
    expect((await http.rest('GET', `/media/file/${hidden.filename}`, anonymous)).status).toBe(200)

    await payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { _status: 'draft' },
      user: staff.editor,
      overrideAccess: false,
    })
    expect(
      (await http.rest('GET', `/media/file/${hidden.filename}`, anonymous)).status,
    ).toBeGreaterThanOrEqual(400)
  })
})
