import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { parseInput, queryOf } from '@/server/requestInput'

import { previewQuery } from '../previewQuery'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const query = parseInput(previewQuery, queryOf(request.url), 'query')
  if (!query.ok) return query.response
  ;(await draftMode()).disable()
  redirect(query.data.path)
}
