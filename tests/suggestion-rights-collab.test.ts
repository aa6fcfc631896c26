import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'

import { startCollabServer, type CollabServer } from '@/collab/server'
import { editorState, paragraphNode } from '@/content/lexical'
import { openSuggestions, suggestedInsertionType, suggestedParagraphBreakType } from '@/content/suggestions'

import { appendToFirstParagraph, collabClient, docText, until } from './helpers/collabClient'
import type { Session } from './helpers/http'
import { freshNewsroom } from './helpers/newsroom'
import { draftRelease } from './helpers/releases'
import type { StaffUser } from './helpers/users'

/**
 * Who decides a suggestion, held per connection while co-editing (src/collab/suggestionGuard.ts):
 * a press officer who is not the author cannot remove a colleague's suggestion, nor add one in
 * someone else's name; the author can decide.
 */
const newsroom = freshNewsroom('suggestion-rights-collab')
let server: CollabServer
const port = 3271
/** A second press officer, the author of the releases here (the newsroom's officer is not). */
let elena: StaffUser
let elenaSession: Session

beforeAll(async () => {
  server = await startCollabServer(newsroom.payload, { port, debounceMs: 50 })
  const user = await newsroom.payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      email: 'elena@communique.test',
      password: 'elena-password',
      name: 'Elena',
      role: 'press-officer',
    },
  })
  elena = { ...user, collection: 'users' }
  elenaSession = await newsroom.http.login(elena.email, 'elena-password')
})
afterAll(async () => {
  await server?.close()
})

const text = (t: string) => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
})

/** Elena's release, its body `paragraphs` as the editor saved them. */
async function editedByEditor(paragraphs: unknown[]): Promise<number> {
  const { id } = await draftRelease(newsroom.payload, elena)
  await newsroom.payload.update({
    collection: 'press-releases',
    id,
    data: { body: editorState(paragraphs as never) as never },
    draft: true,
    user: newsroom.users.editor,
    overrideAccess: false,
  })
  return id
}

/** Elena's release whose body holds the editor's suggestion to add "zanzibarquill ". */
function withEditorsSuggestion(): Promise<number> {
  const paragraph = {
    ...paragraphNode(''),
    children: [
      text('The ministers met '),
      {
        type: suggestedInsertionType,
        version: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        suggestionId: 's1',
        by: '',
        byName: '',
        at: '',
        children: [text('zanzibarquill ')],
      },
      text('the delegation.'),
    ],
  }
  return editedByEditor([paragraph])
}

/** Elena's release whose body holds the editor's proposal to start a new paragraph. */
function withEditorsBreak(): Promise<number> {
  const mark = {
    type: suggestedParagraphBreakType,
    version: 1,
    suggestionId: 'p1',
    by: '',
    byName: '',
    at: '',
  }
  return editedByEditor([
    { ...paragraphNode(''), children: [text('The ministers met. '), mark] },
    paragraphNode('The talks began.'),
  ])
}

async function draftSuggestions(id: number) {
  const release = await newsroom.payload.findByID({ collection: 'press-releases', id, draft: true, depth: 0 })
  return openSuggestions(release.body)
}

const firstParagraph = (doc: Y.Doc) => doc.get('root', Y.XmlText).toDelta()[0].insert as Y.XmlText

/** Removes the first suggestion of a type in the first paragraph, as Lexical's binding does on Accept or Reject. */
function removeSuggestion(doc: Y.Doc, type = suggestedInsertionType): void {
  const paragraph = firstParagraph(doc)
  let index = 0
  for (const { insert } of paragraph.toDelta() as { insert: unknown }[]) {
    const node = insert instanceof Y.XmlText || insert instanceof Y.XmlElement ? insert : undefined
    if (node?.getAttribute('__type') === type) {
      paragraph.delete(index, 1)
      return
    }
    index += typeof insert === 'string' ? insert.length : 1
  }
  throw new Error('No suggestion in the first paragraph.')
}

/** Adds a suggestion to insert `words` at the paragraph's end, proposed (it says) by `who`. */
function addSuggestion(doc: Y.Doc, words: string, who: StaffUser, byName = who.name): void {
  const paragraph = firstParagraph(doc)
  doc.transact(() => {
    const node = new Y.XmlText()
    paragraph.insertEmbed(paragraph.length, node)
    for (const [name, value] of Object.entries({
      __type: suggestedInsertionType,
      __format: 0,
      __indent: 0,
      __dir: 'ltr',
      __suggestionId: 'forged',
      __by: String(who.id),
      __byName: byName,
      __at: '2026-12-01T08:00:00.000Z',
    }))
      node.setAttribute(name, value as never)
    const properties = new Y.Map()
    node.insertEmbed(0, properties)
    for (const [name, value] of Object.entries({
      __type: 'text',
      __format: 0,
      __style: '',
      __mode: 0,
      __detail: 0,
    }))
      properties.set(name, value)
    node.insert(1, words)
  })
}

describe("a co-editing officer who is not the release's author", () => {
  it("cannot remove a colleague's suggestion: it comes back, for everyone and in the draft", async () => {
    const id = await withEditorsSuggestion()
    const room = `press-releases/${id}/en`
    const officer = await collabClient(port, room, newsroom.sessions.officer.token)
    const editor = await collabClient(port, room, newsroom.sessions.editor.token)
    await Promise.all([officer.synced, editor.synced])
    expect(docText(officer.doc)).toContain('zanzibarquill')
    removeSuggestion(officer.doc)
    expect(docText(officer.doc)).not.toContain('zanzibarquill')
    await until(() => docText(officer.doc).includes('zanzibarquill'))
    // The officer's other changes are theirs to make, and are stored with the suggestion kept.
    appendToFirstParagraph(officer.doc, ' OFFICER')
    await until(async () => {
      const release = await newsroom.payload.findByID({
        collection: 'press-releases',
        id,
        draft: true,
        depth: 0,
      })
      return JSON.stringify(release.body).includes('OFFICER')
    })
    expect(await draftSuggestions(id)).toMatchObject([
      { suggestionId: 's1', by: String(newsroom.users.editor.id) },
    ])
    expect(docText(editor.doc)).toContain('zanzibarquill')
    await Promise.all([officer.close(), editor.close()])
  })

  it("cannot remove a colleague's proposed paragraph break: it comes back", async () => {
    const id = await withEditorsBreak()
    const officer = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.officer.token)
    await officer.synced
    const marks = () =>
      (firstParagraph(officer.doc).toDelta() as { insert: unknown }[]).filter(
        (d) => d.insert instanceof Y.XmlElement,
      ).length
    expect(marks()).toBe(1)
    removeSuggestion(officer.doc, suggestedParagraphBreakType)
    expect(marks()).toBe(0)
    await until(() => marks() === 1)
    expect(await draftSuggestions(id)).toMatchObject([
      { kind: 'insertion', paragraph: true, suggestionId: 'p1', by: String(newsroom.users.editor.id) },
    ])
    await officer.close()
  })

  it("cannot add a suggestion in someone else's name, but may in their own", async () => {
    const id = await withEditorsSuggestion()
    const officer = await collabClient(port, `press-releases/${id}/en`, newsroom.sessions.officer.token)
    await officer.synced
    addSuggestion(officer.doc, ' FORGED', newsroom.users.editor)
    await until(() => !docText(officer.doc).includes('FORGED'))
    addSuggestion(officer.doc, ' MISNAMED', newsroom.users.officer, 'Elena')
    await until(() => !docText(officer.doc).includes('MISNAMED'))
    addSuggestion(officer.doc, ' OWN', newsroom.users.officer)
    await until(async () => (await draftSuggestions(id)).some((s) => s.text.includes('OWN')))
    expect((await draftSuggestions(id)).map((s) => s.text)).toEqual(['zanzibarquill ', ' OWN'])
    await officer.close()
  })
})

describe("the release's author co-editing", () => {
  it('decides a suggestion: its removal sticks', async () => {
    const id = await withEditorsSuggestion()
    const author = await collabClient(port, `press-releases/${id}/en`, elenaSession.token)
    await author.synced
    removeSuggestion(author.doc)
    await until(async () => (await draftSuggestions(id)).length === 0)
    expect(docText(author.doc)).not.toContain('zanzibarquill')
    await author.close()
  })
})
