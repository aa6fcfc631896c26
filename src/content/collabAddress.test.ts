import { describe, expect, it } from 'vitest'

import { collabAddress, collabSource } from './collabAddress'

describe('collabAddress', () => {
  const page = { protocol: 'http:', hostname: '127.0.0.1' }

  it("is the page's host on COLLAB_PORT, ws or wss as the page", () => {
    expect(collabAddress({ port: 3001 }, page)).toBe('ws://127.0.0.1:3001')
    expect(collabAddress({ port: 3001 }, { protocol: 'https:', hostname: 'news.example.org' })).toBe(
      'wss://news.example.org:3001',
    )
  })

  it('is COLLAB_URL when set, path kept, trailing slash dropped', () => {
    expect(collabAddress({ url: 'wss://news.example.org/collab/', port: 3001 }, page)).toBe(
      'wss://news.example.org/collab',
    )
  })

  it("gives the CSP source as the address's origin", () => {
    expect(collabSource({ port: 4161 }, page)).toBe('ws://127.0.0.1:4161')
    expect(collabSource({ url: 'wss://news.example.org/collab', port: 3001 }, page)).toBe(
      'wss://news.example.org',
    )
    expect(collabSource({ port: 3001 }, { protocol: 'http:', hostname: '[::1]' })).toBe('ws://[::1]:3001')
  })
})
