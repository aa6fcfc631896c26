import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { staffUserFrom } from '@/data/viewer'
import { parseInput, queryOf } from '@/server/requestInput'

import { previewQuery } from './previewQuery'

export const dynamic = 'force-dynamic'

/**
 * Turns on Next.js draft mode for a logged-in staff user (Payload session cookie) and opens
 * the page: /api/preview?path=/en/news/some-slug. Anyone else gets 401 and no cookie.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await staffUserFrom(request.headers)
  if (!user)
    return new Response('Preview is for newsroom staff: sign in at /admin first.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  const query = parseInput(previewQuery, queryOf(request.url), 'query')
  if (!query.ok) return query.response
  ;(await draftMode()).enable()
  redirect(query.data.path)
}
