import type { Endpoint } from 'payload'
import { z } from 'zod'

import { isStaff } from '@/access/roles'
import { loadQuoteSources, quoteProblem, speechTexts } from '@/content/quoteCheck'
import { passagesMatching, textsOf } from '@/content/quotes'
import { documentId, parseInput } from '@/server/requestInput'

const text = (max: number) =>
  z.string({ error: 'must be text' }).max(max, `must be at most ${max} characters`)

const inputSchema = (idType: 'number' | 'text') =>
  z.object(
    {
      /** The speech's id, as text. */
      speech: documentId(idType),
      /** The words to verify (the block's quote as it is typed). */
      quote: text(10_000).optional(),
      /** Words to look for in the speech's text. */
      search: text(200).optional(),
    },
    { error: 'must be a JSON object such as {"speech": "12", "quote": "…"}' },
  )

/**
 * POST /api/press-releases/quote-check  { speech, quote?, search? }
 * Staff only: what the quote block's assistant (src/blocks/admin/QuoteAssistant.client.tsx)
 * shows while a quote is written: the speech's title and key quotes, whether the quote stands
 * in the speech (the same check as Submit, Approve and Publish), and the sentences of its text
 * that hold the searched words. The speech is read as published.
 */
export const quoteCheckEndpoint: Endpoint = {
  path: '/quote-check',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user))
      return Response.json({ errors: [{ message: 'Log in as staff to check quotes.' }] }, { status: 403 })
    const body = req.json ? await req.json().catch(() => undefined) : undefined
    const input = parseInput(inputSchema(req.payload.db.defaultIDType), body, 'body')
    if (!input.ok) return input.response
    const { speech: id, quote, search } = input.data
    const speech = (await loadQuoteSources(req, [id])).get(String(id))
    if (!speech)
      return Response.json(
        { errors: [{ field: 'speech', message: 'speech: no such speech' }] },
        { status: 404 },
      )
    const keyQuotes = [...new Set((speech.quotes ?? []).flatMap((row) => textsOf(row.quote)))]
    const verified = quote?.trim()
      ? !quoteProblem({ speech: id, quote }, new Map([[String(id), speech]]), [])
      : null
    const passages = search?.trim()
      ? [...new Set(speechTexts(speech).flatMap((source) => passagesMatching(source, search)))].slice(0, 8)
      : []
    return Response.json(
      { speech: { id, title: textsOf(speech.title)[0] ?? '' }, keyQuotes, verified, passages },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
