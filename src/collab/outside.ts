import type { Payload } from 'payload'
import * as Y from 'yjs'

import { collabCollection, type Room } from './access'
import { blocksUpdate, type EditorNodes } from './lexicalYjs'
import { bodyOrEmpty, coEditedField, storedOf, type Stored } from './store'

/**
 * Changes to a co-edited body that did not come through its room: a version restored, a save
 * through the API, a job. The room's next store would write its own text over them, so the room
 * looks at the draft before each store and every few seconds while it is open, and brings such a
 * change into the live text (only the blocks it changed: ./lexicalYjs.ts `blocksUpdate`), where
 * every open editor sees it at once. Typing of the last moment inside a block the outside change
 * replaced gives way to it; typing anywhere else stays.
 */

/** The origin of the updates this applies: not a peer's, so the room does not store them again. */
export const outsideOrigin = Symbol('outside the room')

export type Pulled = { gone: boolean; published: boolean }

export class DraftWatch {
  private published: boolean

  constructor(
    private readonly payload: Payload,
    private readonly nodes: EditorNodes,
    private readonly room: Room,
    private stored: Stored,
    published: boolean,
  ) {
    this.published = published
  }

  /** The draft as the room's text last matched it (stored or loaded), and whether it is published. */
  get base(): { stored: Stored; published: boolean } {
    return { stored: this.stored, published: this.published }
  }

  /** What the room has just stored itself: not an outside change. */
  remember(stored: Stored): void {
    this.stored = stored
  }

  /** Brings an outside change of the body into `doc`; says whether the release is gone or published. */
  async pull(doc: Y.Doc): Promise<Pulled> {
    const { payload, room } = this
    const head = await payload
      .findByID({
        collection: collabCollection,
        id: room.id,
        draft: true,
        depth: 0,
        select: { updatedAt: true, createdAt: true },
        disableErrors: true,
      })
      .catch(() => null)
    // Deleted, or deleted and its id given to a new release (src/collab/access.ts).
    if (!head || (room.created !== undefined && head.createdAt !== room.created))
      return { gone: true, published: this.published }
    // Every save, a publication included, writes a new updatedAt.
    if (head.updatedAt === this.stored.updatedAt) return { gone: false, published: this.published }
    const [draft, main] = await Promise.all([
      payload.findByID({
        collection: collabCollection,
        id: room.id,
        draft: true,
        locale: room.locale as never,
        fallbackLocale: false as never,
        depth: 0,
        select: { [coEditedField]: true, updatedAt: true },
      }),
      payload.findByID({ collection: collabCollection, id: room.id, depth: 0, select: { _status: true } }),
    ])
    const now = storedOf(draft)
    if (now.body !== this.stored.body) {
      payload.logger.info({ room: room.name }, 'co-editing: a change saved outside the room reaches its text')
      const update = blocksUpdate(
        this.nodes,
        doc,
        bodyOrEmpty((draft as Record<string, unknown>)[coEditedField]),
      )
      if (update) Y.applyUpdate(doc, update, outsideOrigin)
    }
    this.stored = now
    this.published = (main as { _status?: string })._status === 'published'
    return { gone: false, published: this.published }
  }
}
