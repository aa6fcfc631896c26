import { feedResponse } from '@/site/feed'

type Context = { params: Promise<{ locale: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return feedResponse((await params).locale, 'atom')
}
