import { describe, expect, it } from 'vitest'

import { mediaIdsOf, mediaSources } from './mediaSources'

const block = (image: unknown) => ({ type: 'block', fields: { blockType: 'captionedImage', image } })
const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const state = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('the media a record shows', () => {
  it('reads upload fields, groups, lists and populated values', () => {
    const release = { heroImage: { id: 4, filename: 'a.png' }, seo: { image: 5 }, body: null }
    expect(mediaIdsOf(mediaSources['press-releases'], release)).toEqual([4, 5])
    expect(mediaIdsOf(mediaSources.events, { gallery: [7, { id: 8 }, null] })).toEqual([7, 8])
  })

  it('reads rich text in every locale: image blocks and upload nodes, each file once', () => {
    const body = {
      en: state(block(1), upload(2)),
      ru: state({ type: 'paragraph', children: [upload({ id: 3 })] }),
    }
    expect(mediaIdsOf(mediaSources['press-releases'], { heroImage: 1, body })).toEqual([1, 2, 3])
  })

  it('ignores what is not a file: other upload collections, empty blocks, other fields', () => {
    const text = state({ type: 'upload', relationTo: 'documents', value: 9 }, block(undefined))
    expect(mediaIdsOf(mediaSources.speeches, { text, photo: 6 })).toEqual([])
  })
})
