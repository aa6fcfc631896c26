'use client'

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

/**
 * The search box's input with suggestions as the reader types: the ARIA combobox pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/), a list box under the input that
 * overlays the page (no layout jump). Arrow keys move through the titles, Enter opens the one
 * chosen (or submits the form when none is), Escape closes the list. Rendered on the server as
 * the plain input, so the form works without JavaScript. Fed by GET `suggestUrl?q=`.
 */

type Suggestion = { title: string; href: string; lang?: string; note?: string }

const debounceMs = 150
const minLength = 2

export function SearchSuggest({
  inputId,
  query,
  maxLength,
  suggestUrl,
  listLabel,
}: {
  inputId: string
  query: string
  maxLength: number
  suggestUrl: string
  listLabel: string
}) {
  const listId = useId()
  const [value, setValue] = useState(query)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const typed = useRef(false)

  useEffect(() => {
    const text = value.trim()
    if (!typed.current || text.length < minLength) {
      setItems([])
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${suggestUrl}?q=${encodeURIComponent(text)}`, {
          signal: controller.signal,
        })
        if (!response.ok) return
        const body = (await response.json()) as { suggestions?: Suggestion[] }
        setItems(body.suggestions ?? [])
        setActive(-1)
        setOpen(true)
      } catch {
        // Aborted by the next keystroke, or offline: the form still works.
      }
    }, debounceMs)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [value, suggestUrl])

  const expanded = open && items.length > 0
  const go = (item: Suggestion) => window.location.assign(item.href)

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      // From the input (-1) through the titles and back to the input.
      setActive((current) => {
        const next = current + step
        return next >= items.length ? -1 : next < -1 ? items.length - 1 : next
      })
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    } else if (event.key === 'Enter' && expanded && items[active]) {
      event.preventDefault()
      go(items[active])
    }
  }

  return (
    <div className="search-combo">
      <input
        id={inputId}
        name="q"
        type="search"
        value={value}
        required
        maxLength={maxLength}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => {
          typed.current = true
          setValue(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label={listLabel} className="search-suggestions" hidden={!expanded}>
        {items.map((item, index) => (
          <li
            key={item.href}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault()
              go(item)
            }}
          >
            <span lang={item.lang}>{item.title}</span>
            {item.note && <span className="search-suggestions__lang"> · {item.note}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
