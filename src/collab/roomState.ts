import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import * as Y from 'yjs'

import type { Room as RoomName } from './access'
import type { Stored } from './store'

/**
 * Each room's shared document, kept on disk by the sync server after every store (one small file
 * per release body and language, written whole and renamed into place).
 *
 * Why: an open editor's document shares its history with the room's. Were the room, after a
 * restart of the sync server (a deploy, a crash), filled again from the stored draft, it would
 * hold the same text under a different history, and every reconnecting editor's copy would merge
 * in beside it: the body doubled, and stored doubled. A room opened again from this file holds
 * the same history, so the editors' copies merge into it as after any short disconnection.
 *
 * It also keeps what a room could not store: after a failed store (a busy database), the file
 * says so and holds the words, and the next start of the server stores them (`unstored`).
 */

export type SavedRoom = {
  room: RoomName
  /** The draft the document was last stored as (or loaded from): changes made outside since are pulled in. */
  stored: Stored
  published: boolean
  /** Words the room could not store yet, and who wrote them last (the store runs as them). */
  unstored?: { by: { id: number | string; collection: string } }
}

type File = SavedRoom & { update: string }

export class RoomStates {
  private ready: Promise<unknown> | undefined

  constructor(private readonly dir: string) {}

  private fileOf(name: string): string {
    return path.join(this.dir, `${encodeURIComponent(name)}.json`)
  }

  /** The saved document of `name` (into `doc`), with what it was stored as; undefined when none. */
  async read(name: string, doc: Y.Doc): Promise<SavedRoom | undefined> {
    const file = await this.load(this.fileOf(name))
    if (!file) return undefined
    const { update, ...saved } = file
    Y.applyUpdate(doc, Buffer.from(update, 'base64'))
    return saved
  }

  /** A saved room; undefined when there is none, or it cannot be read (the room then loads the draft). */
  private async load(file: string): Promise<File | undefined> {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as File
    } catch {
      return undefined
    }
  }

  async write(saved: SavedRoom, doc: Y.Doc): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true })
    await this.ready
    const file = this.fileOf(saved.room.name)
    const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')
    // Whole or not at all: a crash mid-write leaves the previous file.
    const partial = `${file}.${process.pid}.part`
    await writeFile(partial, JSON.stringify({ ...saved, update } satisfies File))
    await rename(partial, file)
  }

  /** The rooms whose words were not stored when the server last stopped. */
  async unstored(): Promise<SavedRoom[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const found: SavedRoom[] = []
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      const saved = await this.load(path.join(this.dir, name))
      if (!saved?.unstored) continue
      const { update: _update, ...room } = saved
      found.push(room)
    }
    return found
  }
}
