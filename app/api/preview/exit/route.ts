import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { safeSitePath } from '@/site/previewPath'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  ;(await draftMode()).disable()
  const path = safeSitePath(new URL(request.url).searchParams.get('path'))
  redirect(path)
}
