'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

import { mentionReference, type Person } from '@/content/mentions'

import { send } from './request'

/** "@El" just before the caret: what the writer is looking for. */
const typing = /(?:^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}_.+-]{1,40})$/u

/**
 * A comment box with mentions by name: typing "@El" offers the colleagues whose name or email
 * matches (the staff list the server lets every colleague read); picking one writes their name
 * in the text and, when the comment is sent, a reference to them (src/content/mentions.ts). What
 * is typed by hand is resolved by the server, which names an ambiguous or unknown mention.
 */
export function MentionBox({
  label,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string
  submitLabel: string
  /** Resolves to an error message, or null when the comment was saved. */
  onSubmit: (body: string) => Promise<string | null>
  onCancel?: () => void
}) {
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  const [picked, setPicked] = useState<Person[]>([])
  const [query, setQuery] = useState<string | null>(null)
  const [options, setOptions] = useState<Person[]>([])
  const [active, setActive] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    // With no query the list is closed (`open` below); its options are replaced by the next answer.
    if (!query) return
    let live = true
    const q = encodeURIComponent(query)
    void send(
      `/api/users?where[or][0][name][like]=${q}&where[or][1][email][like]=${q}&limit=6&depth=0&select[name]=true&select[email]=true&sort=name`,
      'GET',
    ).then((outcome) => {
      if (live && outcome.ok) {
        setOptions((outcome.body as { docs: Person[] }).docs)
        setActive(0)
      }
    })
    return () => {
      live = false
    }
  }, [query])

  function changed(value: string, caret: number) {
    setText(value)
    setQuery(value.slice(0, caret).match(typing)?.[1] ?? null)
  }

  function pick(person: Person) {
    const caret = box.current?.selectionStart ?? text.length
    const before = text.slice(0, caret).replace(typing, (all, handle: string) => all.slice(0, -handle.length))
    const name = person.name || person.email || String(person.id)
    const next = `${before}${name} ${text.slice(caret)}`
    setText(next)
    setPicked((list) => [...list.filter((other) => other.id !== person.id), person])
    setQuery(null)
    requestAnimationFrame(() => {
      box.current?.focus()
      box.current?.setSelectionRange(before.length + name.length + 1, before.length + name.length + 1)
    })
  }

  /** The names picked from the list become references; the longest first ("Li Wei" before "Li"). */
  function withReferences(body: string): string {
    return [...picked]
      .sort((a, b) => (b.name ?? '').length - (a.name ?? '').length)
      .reduce(
        (out, person) => out.split(`@${person.name || person.email}`).join(mentionReference(person.id)),
        body,
      )
  }

  async function submit() {
    if (!text.trim()) return setError('Write something first.')
    setBusy(true)
    const problem = await onSubmit(withReferences(text.trim()))
    setBusy(false)
    setError(problem)
    if (!problem) {
      setText('')
      setPicked([])
    }
  }

  function keys(event: KeyboardEvent<HTMLTextAreaElement>) {
    const open = query !== null && options.length > 0
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length)
    } else if (open && (event.key === 'Enter' || event.key === 'Tab')) {
      event.preventDefault()
      pick(options[active]!)
    } else if (open && event.key === 'Escape') {
      event.preventDefault()
      setQuery(null)
    } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault()
      void submit()
    }
  }

  const listId = `${id}-people`
  const open = query !== null && options.length > 0
  return (
    <div className="mention-box">
      <label htmlFor={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={3}
        value={text}
        maxLength={5000}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(event) => changed(event.target.value, event.target.selectionStart)}
        onKeyDown={keys}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Colleagues" className="mention-box__options">
          {options.map((person, index) => (
            <li
              key={person.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(person)
              }}
            >
              {person.name} <span className="mention-box__email">{person.email}</span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="mention-box__error">
          {error}
        </p>
      )}
      <div className="mention-box__buttons">
        {onCancel && (
          <Button buttonStyle="secondary" size="small" type="button" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button size="small" type="button" disabled={busy} onClick={() => void submit()}>
          {submitLabel}
        </Button>
      </div>
    </div>
  )
}
