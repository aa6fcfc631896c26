import { describe, expect, it } from 'vitest'

import { parseRoom } from './access'

describe('parseRoom', () => {
  const locales = ['en', 'ru', 'zh']

  it('names a release body in a site language', () => {
    expect(parseRoom('/press-releases/12/ru', locales)).toEqual({
      id: 12,
      locale: 'ru',
      name: 'press-releases/12/ru',
    })
  })

  it("takes the room after COLLAB_URL's path, as a proxy passes it on", () => {
    expect(parseRoom('/collab/press-releases/12/en', locales)?.name).toBe('press-releases/12/en')
  })

  it('refuses anything else', () => {
    for (const path of [
      '/press-releases/12/fr',
      '/press-releases/x/en',
      '/users/1/en',
      '/press-releases/12/en/more',
      `/press-releases/${'1'.repeat(13)}/en`,
    ])
      expect(parseRoom(path, locales), path).toBeUndefined()
  })
})
