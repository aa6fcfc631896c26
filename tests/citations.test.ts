import { beforeAll, describe, expect, it } from 'vitest'

import type { Document } from '@/payload-types'
import { up as backfillCitations } from '@/migrations/20261123_200000_cited_documents'
import { blockNode, editorState, paragraphNode } from '@/content/lexical'

import { freshNewsroom } from './helpers/newsroom'
import { releaseData } from './helpers/releases'

/**
 * A document's page lists the releases that cite it: linked in "Documents", or referenced by a
 * document-reference block anywhere in the body, in any language. The public sees published
 * releases only.
 */
const room = freshNewsroom('citations')
let documents: Record<'charter' | 'resolution' | 'memorandum' | 'declaration', Document>

beforeAll(async () => {
  const create = (title: string, symbol: string) =>
    room.payload.create({
      collection: 'documents',
      data: { title, symbol, type: 'resolution', _status: 'published' },
      user: room.users.editor,
      overrideAccess: false,
    })
  documents = {
    charter: await create('Charter of the SCO', 'SCO/2002/1'),
    resolution: await create('Cooperation between the UN and the SCO', 'A/RES/71/14'),
    memorandum: await create('Memorandum of understanding with UNODC', 'SCO/2011/2'),
    declaration: await create('Tashkent Declaration', 'SCO/2016/3'),
  }
})

const bodyCiting = (text: string, ...cited: Document[]) =>
  editorState([
    paragraphNode(text),
    ...cited.map((document, index) =>
      blockNode('documentReference', { document: document.id }, `ref-${index}`),
    ),
  ])

/** What the document page asks, as the public. */
async function headlinesCiting(document: Document) {
  const found = await room.payload.find({
    collection: 'press-releases',
    where: { citedDocuments: { contains: document.id } },
    overrideAccess: false,
    depth: 0,
  })
  return found.docs.map((release) => release.headline)
}

describe('releases that cite a document', () => {
  it('counts linked documents and body references in every language, and ignores what a client sends', async () => {
    const release = await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Cooperation resolution adopted'),
        body: bodyCiting('The General Assembly adopted a resolution.', documents.resolution),
        documents: [documents.charter.id],
        citedDocuments: [documents.declaration.id],
        _status: 'published',
      },
      user: room.users.editor,
      overrideAccess: false,
    })
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'ru',
      data: {
        headline: 'Принята резолюция о сотрудничестве',
        body: bodyCiting('Генеральная Ассамблея приняла резолюцию.', documents.memorandum),
        _status: 'published',
      },
      user: room.users.editor,
      overrideAccess: false,
    })

    expect(await headlinesCiting(documents.charter)).toEqual(['Cooperation resolution adopted'])
    expect(await headlinesCiting(documents.resolution)).toEqual(['Cooperation resolution adopted'])
    expect(await headlinesCiting(documents.memorandum)).toEqual(['Cooperation resolution adopted'])
    expect(await headlinesCiting(documents.declaration)).toEqual([])

    // The English body no longer cites the resolution: the release leaves its page.
    await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { body: bodyCiting('The General Assembly met.'), _status: 'published' },
      user: room.users.editor,
      overrideAccess: false,
    })
    expect(await headlinesCiting(documents.resolution)).toEqual([])
    expect(await headlinesCiting(documents.memorandum)).toEqual(['Cooperation resolution adopted'])
    expect(await headlinesCiting(documents.charter)).toEqual(['Cooperation resolution adopted'])
  })

  it('leaves drafts out', async () => {
    await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Declaration draft'),
        body: bodyCiting('A draft about the declaration.', documents.declaration),
      },
      draft: true,
      user: room.users.officer,
      overrideAccess: false,
    })
    expect(await headlinesCiting(documents.declaration)).toEqual([])
    const staffView = await room.payload.find({
      collection: 'press-releases',
      where: { citedDocuments: { contains: documents.declaration.id } },
      draft: true,
      user: room.users.editor,
      overrideAccess: false,
    })
    expect(staffView.docs.map((release) => release.headline)).toEqual(['Declaration draft'])
  })

  it('leaves out a document deleted since, so drafts of the release still save', async () => {
    const obsolete = await room.payload.create({
      collection: 'documents',
      data: { title: 'Withdrawn note', symbol: 'SCO/2019/9', type: 'declaration', _status: 'published' },
      user: room.users.editor,
      overrideAccess: false,
    })
    const release = await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Citing a withdrawn note'),
        body: bodyCiting('See the note.', obsolete, documents.charter),
        _status: 'published',
      },
      user: room.users.editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(release.citedDocuments).toEqual([obsolete.id, documents.charter.id])
    await room.payload.delete({
      collection: 'documents',
      id: obsolete.id,
      user: room.users.editor,
      overrideAccess: false,
    })
    // The body still holds the block. Publishing is refused, naming the field to fix...
    await expect(
      room.payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { summary: 'Corrected summary.', _status: 'published' },
        user: room.users.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/Body > Document/)
    // ...while drafts, saved without validation (autosave), keep saving without the lost document.
    const saved = await room.payload.update({
      collection: 'press-releases',
      id: release.id,
      data: { summary: 'Corrected summary.' },
      draft: true,
      user: room.users.editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(saved.summary).toBe('Corrected summary.')
    expect(saved.citedDocuments).toEqual([documents.charter.id])
  })

  it('is filled for releases saved before the field existed (migration)', async () => {
    const release = await room.payload.create({
      collection: 'press-releases',
      data: {
        ...releaseData('Older release'),
        body: bodyCiting('Before citations were recorded.', documents.declaration),
        documents: [documents.charter.id],
        _status: 'published',
      },
      user: room.users.editor,
      overrideAccess: false,
    })
    const db = room.payload.db as unknown as { drizzle: Parameters<typeof backfillCitations>[0]['db'] }
    const { sql } = await import('@payloadcms/db-sqlite')
    await db.drizzle.run(sql`DELETE FROM press_releases_rels WHERE path = 'citedDocuments'`)
    await db.drizzle.run(sql`DELETE FROM _press_releases_v_rels WHERE path = 'version.citedDocuments'`)
    expect(await headlinesCiting(documents.declaration)).toEqual([])

    await backfillCitations({ db: db.drizzle, payload: room.payload, req: {} as never })
    expect(await headlinesCiting(documents.declaration)).toEqual(['Older release'])
    expect((await headlinesCiting(documents.charter)).sort()).toEqual(
      ['Citing a withdrawn note', 'Cooperation resolution adopted', 'Older release'].sort(),
    )
    const stored = await room.payload.findByID({ collection: 'press-releases', id: release.id, depth: 0 })
    expect(stored.citedDocuments).toEqual([documents.charter.id, documents.declaration.id])
    // The versions too, which staff previews read.
    const drafts = await room.payload.find({
      collection: 'press-releases',
      where: { citedDocuments: { contains: documents.declaration.id } },
      draft: true,
      user: room.users.editor,
      overrideAccess: false,
    })
    expect(drafts.docs.map((doc) => doc.headline).sort()).toEqual(['Declaration draft', 'Older release'])
  })
})
