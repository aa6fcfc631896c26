import { describe, expect, it } from 'vitest'

import { isAtlasUrl } from './atlas'

describe('which MongoDB searches with Atlas Search', () => {
  it('is a connection string to Atlas hosts, and no other', () => {
    expect(
      isAtlasUrl('mongodb+srv://press:secret@cluster0.ab1cd.mongodb.net/communique?retryWrites=true'),
    ).toBe(true)
    expect(isAtlasUrl('mongodb://a-00.ab1cd.mongodb.net:27017,a-01.ab1cd.mongodb.net:27017/communique')).toBe(
      true,
    )
    expect(isAtlasUrl('mongodb://localhost:27017/communique')).toBe(false)
    expect(isAtlasUrl('mongodb://db.mongodb.net.example.org/communique')).toBe(false)
    expect(isAtlasUrl('mongodb://user:pw@mongo:27017/x?host=cluster.mongodb.net')).toBe(false)
    expect(isAtlasUrl(false)).toBe(false)
  })
})
