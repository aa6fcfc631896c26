import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'

import { BackupError } from './types'

/**
 * A .tar.gz written and read with Node's streams and zlib: the POSIX ustar format, with a pax
 * header for names that do not fit its 100 bytes. Enough for one backup archive (regular files
 * only) without a dependency; `tar -tzf` and `tar -xzf` read it too.
 * Format: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06
 */

const BLOCK = 512

/** The archive is damaged, changed or not one of ours. */
export class ArchiveError extends BackupError {
  override name = 'ArchiveError'
}

export type TarSource = { name: string; file: string }
export type Checked = { name: string; size: number; sha256: string }

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0'
}

function header(name: string, size: number, type: '0' | 'x'): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(Buffer.byteLength(name) <= 100 ? name : name.slice(0, 99), 0, 'utf8')
  block.write(octal(0o644, 8), 100)
  block.write(octal(0, 8), 108)
  block.write(octal(0, 8), 116)
  if (size < 8 ** 11) block.write(octal(size, 12), 124)
  else {
    // GNU base-256 for files of 8 GiB and more.
    block[124] = 0x80
    block.writeBigUInt64BE(BigInt(size), 128)
  }
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136)
  block.write(type, 156)
  block.write('ustar\0' + '00', 257)
  block.fill(' ', 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(octal(sum, 7) + ' ', 148)
  return block
}

/** A pax "path" record: its length counts its own digits. */
function paxPath(name: string): Buffer {
  const body = ` path=${name}\n`
  let length = Buffer.byteLength(body)
  while (String(length).length + Buffer.byteLength(body) !== length)
    length = String(length).length + Buffer.byteLength(body)
  return Buffer.from(`${length}${body}`)
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

type Opened = { name: string; size: number; read: () => AsyncIterable<Buffer> }

async function* entry({ name, size, read }: Opened, checked: Checked[]): AsyncGenerator<Buffer> {
  if (Buffer.byteLength(name) > 100 || /[^\x20-\x7e]/.test(name)) {
    const pax = paxPath(name)
    yield header('PaxHeader', pax.length, 'x')
    yield Buffer.concat([pax, padding(pax.length)])
  }
  yield header(name, size, '0')
  const hash = createHash('sha256')
  let written = 0
  for await (const chunk of read()) {
    // Exactly the size announced in the header, even if the file grows meanwhile.
    const part = chunk.subarray(0, size - written)
    hash.update(part)
    written += part.length
    yield part
    if (written >= size) break
  }
  if (written !== size)
    throw new BackupError(`${name} shrank while it was being archived: run the backup again.`)
  yield padding(size)
  checked.push({ name, size, sha256: hash.digest('hex') })
}

async function* tarStream(
  sources: TarSource[],
  checked: Checked[],
  trailer: (checked: Checked[]) => { name: string; data: Buffer },
): AsyncGenerator<Buffer> {
  for (const source of sources) {
    // Opened first, so that a file deleted since it was listed (an upload removed while the
    // server runs) is left out instead of failing the backup.
    const handle = await open(source.file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (!handle) continue
    try {
      const { size } = await handle.stat()
      const read = () => handle.createReadStream({ autoClose: false, start: 0 }) as AsyncIterable<Buffer>
      yield* entry({ name: source.name, size, read }, checked)
    } finally {
      await handle.close()
    }
  }
  const last = trailer(checked)
  yield* entry(
    {
      name: last.name,
      size: last.data.length,
      read: async function* () {
        yield last.data
      },
    },
    [],
  )
  yield Buffer.alloc(BLOCK * 2)
}

/**
 * Writes the files into one .tar.gz, in order, then the trailer (the manifest), which is given
 * each file's size and sha256 as archived.
 */
export async function writeTarGz(
  out: string,
  sources: TarSource[],
  trailer: (checked: Checked[]) => { name: string; data: Buffer },
): Promise<void> {
  await pipeline(Readable.from(tarStream(sources, [], trailer)), createGzip(), createWriteStream(out))
}

/** Reads exact byte counts from a stream of chunks. */
class Bytes {
  private buffered: Buffer = Buffer.alloc(0)
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  async take(max: number, exact: boolean): Promise<Buffer> {
    while (this.buffered.length < (exact ? max : 1)) {
      const next = await this.chunks.next()
      if (next.done) {
        if (exact) throw new ArchiveError('The archive ends in the middle of a file: it is truncated.')
        break
      }
      this.buffered = this.buffered.length ? Buffer.concat([this.buffered, next.value]) : next.value
    }
    const part = this.buffered.subarray(0, max)
    this.buffered = this.buffered.subarray(part.length)
    return part
  }
}

function sizeOf(block: Buffer): number {
  if (block[124]! & 0x80) return Number(block.readBigUInt64BE(128))
  return parseInt(block.toString('latin1', 124, 136).replace(/\0.*$/, '').trim() || '0', 8)
}

/** An entry's name as a safe relative path (no absolute path, no `..`), or an ArchiveError. */
export function safeName(name: string): string {
  const normal = path.posix.normalize(name)
  if (!name || path.posix.isAbsolute(name) || normal.startsWith('..') || normal.includes('\0'))
    throw new ArchiveError(
      `The archive holds an unsafe path ("${name}"): it was not written by npm run backup.`,
    )
  return normal
}

/** Extracts every regular file under `dir`, returning each one's size and sha256 as written. */
export async function extractTarGz(file: string, dir: string): Promise<Checked[]> {
  const gunzip = createReadStream(file).pipe(createGunzip())
  const bytes = new Bytes(gunzip[Symbol.asyncIterator]())
  const checked: Checked[] = []
  let longName: string | undefined
  try {
    for (;;) {
      const block = await bytes.take(BLOCK, true)
      if (block.every((byte) => byte === 0)) break
      const size = sizeOf(block)
      const type = String.fromCharCode(block[156]!)
      if (type === 'x') {
        const pax = (await bytes.take(size, true)).toString('utf8')
        longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(pax)?.[1]
        await bytes.take(padding(size).length, true)
        continue
      }
      const name = safeName(longName ?? block.toString('utf8', 0, 100).replace(/\0.*$/s, ''))
      longName = undefined
      if (type !== '0' && type !== '\0')
        throw new ArchiveError(`The archive holds "${name}", which is not a regular file.`)
      const target = path.join(dir, name)
      await mkdir(path.dirname(target), { recursive: true })
      const hash = createHash('sha256')
      const sink = createWriteStream(target)
      const done = finished(sink)
      let left = size
      while (left > 0) {
        const part = await bytes.take(Math.min(left, 1 << 16), false)
        if (part.length === 0)
          throw new ArchiveError('The archive ends in the middle of a file: it is truncated.')
        hash.update(part)
        left -= part.length
        if (!sink.write(part)) await Promise.race([once(sink, 'drain'), done])
      }
      sink.end()
      await done
      await bytes.take(padding(size).length, true)
      checked.push({ name, size, sha256: hash.digest('hex') })
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error
    const code = (error as { code?: string }).code
    if (code?.startsWith('Z_') || code === 'ERR_ZLIB')
      throw new ArchiveError(`${file} is not a readable .tar.gz archive (${(error as Error).message}).`)
    throw error
  } finally {
    gunzip.destroy()
  }
  return checked
}
