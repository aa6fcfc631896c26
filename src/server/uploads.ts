import { open } from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'
import sharp from 'sharp'

import { megabytes, requestLimits } from './requestLimits'

/**
 * Limits on uploaded files. Pixels: decoding costs memory by pixels, not bytes (issue 11: a
 * 31 KB PNG of 16,000 × 16,000 took 5 s of CPU and 300 MB); a camera's largest photo is ~50 MP
 * but a press photo is far less. Names: short enough for every file system once Payload adds
 * `-1600x900` for a size (255 bytes is the usual maximum).
 */
export const uploadLimits = {
  bytes: requestLimits.uploadBytes,
  pixels: 40_000_000,
  side: 12_000,
  nameChars: 120,
  nameBytes: 200,
} as const

export type DetectedType = { mime: string; ext: string; width?: number; height?: number }

/** The types the collection may accept, keyed by sharp's format name. */
const imageFormats: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
}

/**
 * The file's real type, from its bytes: the image header as sharp reads it (`metadata()` does
 * not decode pixels: https://sharp.pixelplumbing.com/api-input#metadata), or a PDF's signature.
 */
export async function detectType(source: Buffer | string): Promise<DetectedType | undefined> {
  const meta = await sharp(source, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined)
  if (meta?.format) {
    // AVIF is a HEIF with AV1 compression; other HEIF (camera HEIC) is not accepted.
    const known =
      meta.format === 'heif'
        ? meta.compression === 'av1'
          ? { mime: 'image/avif', ext: 'avif' }
          : undefined
        : imageFormats[meta.format]
    // Animated images decode every frame: their height is the frame's times the frames.
    const height = (meta.pageHeight ?? meta.height ?? 0) * (meta.pages ?? 1)
    return known && { ...known, width: meta.width, height }
  }
  const head = typeof source === 'string' ? await firstBytes(source, 5) : source.subarray(0, 5)
  return head.toString('latin1') === '%PDF-' ? { mime: 'application/pdf', ext: 'pdf' } : undefined
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const file = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(count), 0, count, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

/** Controls, bidi embeddings and overrides, directional marks, isolates and the BOM. */
const invisible = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu

/**
 * A file name fit to store: NFC, no invisible or direction-changing characters, single spaces,
 * no path, at most `nameChars` characters and `nameBytes` bytes, and the extension of the
 * content (`ext`) in place of whatever the name claimed.
 */
export function cleanFileName(name: string, ext: string): string {
  // A browser sends the bare name; a path is somebody else's (or an attack): keep its last part.
  const stem = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(invisible, '')
    .replace(/\s+/g, ' ')
    .replace(/\.[^.\s]{1,8}$/, '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  const suffix = `.${ext}`
  const chars = Array.from(stem || 'file')
  let kept = chars.slice(0, uploadLimits.nameChars - suffix.length)
  while (Buffer.byteLength(kept.join('') + suffix) > uploadLimits.nameBytes) kept = kept.slice(0, -1)
  return `${kept.join('').trimEnd()}${suffix}`
}

const refuse = (message: string, status: number) => new APIError(message, status, undefined, true)

/**
 * Checks an upload before Payload touches it (beforeOperation runs before Payload reads the
 * image's size or resizes it): bytes, real type, pixels; then renames it. Throws a 413 or 400
 * naming the file, so that nothing is written.
 */
export function checkUpload<T extends CollectionSlug>(
  accepted: readonly string[],
): CollectionBeforeOperationHook<T> {
  return async ({ args, operation, req }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file) return args
    const name = JSON.stringify(file.name.normalize('NFC').replace(invisible, ''))
    const size = file.size ?? file.data?.length ?? 0
    if (size > uploadLimits.bytes)
      throw refuse(
        `${name} is ${megabytes(size)}: files may be at most ${megabytes(uploadLimits.bytes)}.`,
        413,
      )
    const source = file.tempFilePath && !file.data?.length ? file.tempFilePath : file.data
    const type = await detectType(source)
    if (!type || !accepted.includes(type.mime))
      throw refuse(`${name} is not of an accepted type (${accepted.join(', ')}), judged by its content.`, 400)
    const { width = 0, height = 0 } = type
    if (width > uploadLimits.side || height > uploadLimits.side || width * height > uploadLimits.pixels)
      throw refuse(
        `${name} is ${width} × ${height} pixels: images may be at most ${uploadLimits.side} pixels a side and ` +
          `${uploadLimits.pixels / 1_000_000} megapixels.`,
        413,
      )
    req.file = { ...file, name: cleanFileName(file.name, type.ext), mimetype: type.mime }
    return args
  }
}
