'use client'

import { Button, useField, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { type RefObject, useEffect, useRef, useState } from 'react'

import { useFieldsReachText } from './blockFieldsReachText.client'

type Check = {
  speech: { id: string; title: string }
  keyQuotes: string[]
  verified: boolean | null
  passages: string[]
}

/** The block's sibling field at `name`, from this ui field's own path (blocks nest paths). */
const siblingPath = (path: string, name: string) => [...path.split('.').slice(0, -1), name].join('.')

const speechIdOf = (value: unknown): string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (value && typeof value === 'object' && 'value' in value)
    return speechIdOf((value as { value: unknown }).value)
  if (value && typeof value === 'object' && 'id' in value) return speechIdOf((value as { id: unknown }).id)
  return undefined
}

/** Asks the server's check (collections/PressReleases/quoteCheck.ts); undefined when it cannot answer. */
async function askCheck(body: Record<string, string>, signal: AbortSignal): Promise<Check | undefined> {
  const response = await fetch('/api/press-releases/quote-check', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  }).catch(() => undefined)
  return response?.ok ? ((await response.json()) as Check) : undefined
}

/** Runs `ask` a moment after `key` stops changing; the answer of a newer key replaces it. */
function useDebounced<T>(key: string | undefined, ask: (signal: AbortSignal) => Promise<T | undefined>) {
  const [answer, setAnswer] = useState<{ key: string; value: T | undefined }>()
  useEffect(() => {
    if (key === undefined) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      void ask(controller.signal).then((value) => {
        if (!controller.signal.aborted) setAnswer({ key, value })
      })
    }, 350)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `ask` is rebuilt on every render; `key` holds everything it reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return answer && answer.key === key ? answer.value : undefined
}

/**
 * Under a quote block's words: whether they stand in the chosen speech, marked as they are
 * typed ("Not found in …", the check Submit, Approve and Publish apply), the speech's key
 * quotes to pick from, and a search of its full text.
 */
export const QuoteAssistant: UIFieldClientComponent = ({ path }) => {
  const quotePath = siblingPath(path, 'quote')
  const speechId = speechIdOf(useFormFields(([fields]) => fields[siblingPath(path, 'speech')]?.value))
  const paraphraseValue = useFormFields(([fields]) => fields[siblingPath(path, 'paraphrase')]?.value)
  const paraphrase = paraphraseValue === true
  const { value: quote, setValue: setQuote } = useField<string>({ path: quotePath })
  const speechValue = useFormFields(([fields]) => fields[siblingPath(path, 'speech')]?.value)
  const root = useRef<HTMLElement>(null)
  // What the block shows is what the text holds, even when Payload's round trip is lost.
  useFieldsReachText(root, { speech: speechValue, quote, paraphrase: paraphraseValue })
  const [search, setSearch] = useState('')
  const words = typeof quote === 'string' ? quote : ''

  const check = useDebounced(speechId && `${speechId}\n${words}`, (signal) =>
    askCheck({ speech: speechId!, quote: words }, signal),
  )
  const found = useDebounced(speechId && search.trim() ? `${speechId}\n${search}` : undefined, (signal) =>
    askCheck({ speech: speechId!, search }, signal),
  )

  if (!speechId)
    return (
      <p ref={root as RefObject<HTMLParagraphElement>} className="quote-assistant">
        Choose the speech to pick or check a quote.
      </p>
    )
  const title = check?.speech.title ?? 'the speech'
  return (
    <div ref={root as RefObject<HTMLDivElement>} className="quote-assistant" style={{ marginBottom: '1rem' }}>
      <p role="status" data-testid="quote-check" data-verified={String(check?.verified ?? '')}>
        {paraphrase && 'Marked as a paraphrase by an editor: not checked word for word.'}
        {!paraphrase && words.trim() && check?.verified === false && (
          <strong style={{ color: 'var(--theme-error-500)' }}>Not found in “{title}”</strong>
        )}
        {!paraphrase && words.trim() && check?.verified === true && <>Found in “{title}”</>}
        {!paraphrase && words.trim() && !check && 'Checking…'}
      </p>
      {check && check.keyQuotes.length > 0 && (
        <details open={!words.trim()}>
          <summary>Key quotes of “{title}”</summary>
          <ul aria-label="Key quotes" style={{ listStyle: 'none', padding: 0 }}>
            {check.keyQuotes.map((keyQuote) => (
              <li key={keyQuote} style={{ marginBottom: '0.5rem' }}>
                <q>{keyQuote}</q>{' '}
                <Button buttonStyle="secondary" size="small" onClick={() => setQuote(keyQuote)}>
                  Use this quote
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <label style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
        Search the speech’s text
        <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {search.trim() && found && found.passages.length === 0 && <p>No sentence holds all these words.</p>}
      {search.trim() && found && found.passages.length > 0 && (
        <ul aria-label="Sentences found" style={{ listStyle: 'none', padding: 0 }}>
          {found.passages.map((passage) => (
            <li key={passage} style={{ marginBottom: '0.5rem' }}>
              <q>{passage}</q>{' '}
              <Button buttonStyle="secondary" size="small" onClick={() => setQuote(passage)}>
                Use this sentence
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
