import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { ArchiveError, extractTarGz, safeName, writeTarGz } from './tar'

const dir = mkdtempSync(path.join(tmpdir(), 'tar-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function source(name: string, data: Buffer) {
  const file = path.join(dir, `src-${randomBytes(4).toString('hex')}`)
  writeFileSync(file, data)
  return { name, file, data }
}

describe('tar.gz archives', () => {
  it('round-trip long and non-ASCII names, empty and multi-block files, byte for byte', async () => {
    const files = [
      source('database/communique.db', randomBytes(200_000)),
      source(`uploads/media/${'long-name-'.repeat(15)}.png`, randomBytes(513)),
      source('uploads/media/Übersicht – résumé.pdf', Buffer.from('%PDF-1.4')),
      source('uploads/media/empty.txt', Buffer.alloc(0)),
    ]
    const out = path.join(dir, 'round-trip.tar.gz')
    let listed: { name: string; sha256: string }[] = []
    await writeTarGz(out, files, (checked) => {
      listed = checked
      return { name: 'manifest.json', data: Buffer.from('{}') }
    })
    const target = path.join(dir, 'round-trip')
    const extracted = await extractTarGz(out, target)

    expect(extracted.map((file) => file.name)).toEqual([...files.map((file) => file.name), 'manifest.json'])
    expect(extracted.slice(0, files.length)).toEqual(listed)
    for (const file of files) expect(readFileSync(path.join(target, file.name)).equals(file.data)).toBe(true)
  })

  it('refuse a truncated or corrupt archive with one sentence', async () => {
    const out = path.join(dir, 'whole.tar.gz')
    await writeTarGz(out, [source('a.bin', randomBytes(50_000))], () => ({
      name: 'm',
      data: Buffer.from('{}'),
    }))
    const tar = gunzipSync(readFileSync(out))

    const truncated = path.join(dir, 'truncated.tar.gz')
    writeFileSync(truncated, gzipSync(tar.subarray(0, 20_000)))
    await expect(extractTarGz(truncated, path.join(dir, 't'))).rejects.toThrow(/truncated/)

    const corrupt = path.join(dir, 'corrupt.tar.gz')
    const gz = readFileSync(out)
    gz[gz.length - 6]! ^= 0xff
    writeFileSync(corrupt, gz)
    await expect(extractTarGz(corrupt, path.join(dir, 'c'))).rejects.toThrow(ArchiveError)
  })

  it('never write outside the target folder', () => {
    expect(() => safeName('../etc/passwd')).toThrow(/unsafe path/)
    expect(() => safeName('/etc/passwd')).toThrow(/unsafe path/)
    expect(() => safeName('uploads/../../x')).toThrow(/unsafe path/)
    expect(safeName('uploads/media/a.png')).toBe('uploads/media/a.png')
  })
})
