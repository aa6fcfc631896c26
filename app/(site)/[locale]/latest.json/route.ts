import { latestHeadlinesResponse } from '@/site/latestHeadlines'

type Context = { params: Promise<{ locale: string }> }

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return latestHeadlinesResponse((await params).locale)
}
