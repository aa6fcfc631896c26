import { describe, expect, it } from 'vitest'

import { boundedBody, bodyTooLarge, requestLimits } from './requestLimits'

const url = 'http://127.0.0.1:3000/api/press-releases/1'

const declared = (length: number, type = 'application/json') =>
  new Request(url, { method: 'PATCH', headers: { 'content-type': type, 'content-length': String(length) } })

function chunked(bytes: number): Request {
  const chunk = new Uint8Array(64 * 1024)
  let sent = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close()
      const part = chunk.subarray(0, Math.min(chunk.length, bytes - sent))
      sent += part.length
      controller.enqueue(part)
    },
  })
  return new Request(url, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit)
}

describe('request body limits', () => {
  it('refuse a declared length over the limit with a 413 naming it', async () => {
    expect(bodyTooLarge(declared(requestLimits.jsonBytes))).toBeUndefined()
    const refused = bodyTooLarge(declared(requestLimits.jsonBytes + 1))
    expect(refused?.status).toBe(413)
    const { errors } = (await refused!.json()) as { errors: { message: string }[] }
    expect(errors[0]?.message).toContain(`${requestLimits.jsonBytes} bytes`)
  })

  it('allow uploads their own, larger limit, and leave body-less requests alone', () => {
    expect(
      bodyTooLarge(declared(requestLimits.jsonBytes + 1, 'multipart/form-data; boundary=x')),
    ).toBeUndefined()
    expect(
      bodyTooLarge(declared(requestLimits.multipartBytes + 1, 'multipart/form-data; boundary=x'))?.status,
    ).toBe(413)
    expect(bodyTooLarge(new Request(url, { headers: { 'content-length': '999999999999' } }))).toBeUndefined()
  })

  it('count a chunked body while reading it, stopping at the limit', async () => {
    const refused = await boundedBody(chunked(requestLimits.jsonBytes + 1))
    expect(refused).toBeInstanceOf(Response)
    expect((refused as Response).status).toBe(413)
    const kept = await boundedBody(chunked(1000))
    expect(kept).toBeInstanceOf(Request)
    expect((await (kept as Request).arrayBuffer()).byteLength).toBe(1000)
  })
})
