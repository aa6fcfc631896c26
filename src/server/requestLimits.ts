/**
 * How large a request may be. JSON: a release in every language at once (`locale=all`) carries
 * three rich-text bodies of at most 2 MB each (src/fields/limitCheck.ts), so 8 MB is never a
 * newsroom's; uploads: a long report as PDF stays under 20 MB (Payload's own default, kept).
 */
export const requestLimits = {
  jsonBytes: 8 * 1024 * 1024,
  uploadBytes: 20 * 1024 * 1024,
  /** A multipart body: the file, its `_payload` JSON and the boundaries. */
  multipartBytes: 20 * 1024 * 1024 + 1024 * 1024,
} as const

export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`

/** The limit for a request's body by its type; none for a body-less method. */
export function bodyLimitOf(request: Request): number | undefined {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return undefined
  const type = request.headers.get('content-type') ?? ''
  return type.toLowerCase().startsWith('multipart/form-data')
    ? requestLimits.multipartBytes
    : requestLimits.jsonBytes
}

const tooLarge = (limit: number) =>
  Response.json(
    {
      errors: [
        {
          message: `The request body is too large: at most ${megabytes(limit)} (${limit} bytes) is accepted.`,
        },
      ],
    },
    { status: 413 },
  )

/**
 * 413 for a body whose declared length exceeds its limit, before anything reads it; undefined
 * otherwise (a body without Content-Length, i.e. chunked, is for `boundedBody`).
 */
export function bodyTooLarge(request: Request): Response | undefined {
  const limit = bodyLimitOf(request)
  const declared = request.headers.get('content-length')
  if (limit === undefined || declared === null) return undefined
  const length = Number(declared)
  return Number.isFinite(length) && length > limit ? tooLarge(limit) : undefined
}

/**
 * For a body of unknown length: reads it, stopping at the limit (413), and answers a request
 * with the bytes read, which Payload can read again. A body with a declared length is returned
 * as it is (`bodyTooLarge` has judged it; the runtime stops at the declared length).
 */
export async function boundedBody(request: Request): Promise<Request | Response> {
  const limit = bodyLimitOf(request)
  if (limit === undefined || !request.body || request.headers.has('content-length')) return request
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return tooLarge(limit)
    }
    chunks.push(value)
  }
  return new Request(request, { body: Buffer.concat(chunks), duplex: 'half' } as RequestInit)
}
