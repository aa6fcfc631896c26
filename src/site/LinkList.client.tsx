'use client'

import Link from 'next/link'

/**
 * One link of a list as compact data: its text, its address after the list's `base` (none: the
 * record has no page), `'en'` when the text is English on a Russian or Chinese page, and a muted
 * note after it (" · 19 November 2019", " (S/2019/12)").
 */
export type CompactLink = [text: string, href?: string | 0, lang?: 'en' | 0, note?: string]

/**
 * A list of links to records, rendered in the browser from compact data. A server component's
 * element tree is sent in the page's RSC payload element by element (`["$","li","82",{"children":
 * [["$","$L18",null,{"href":"/en/participants/…",…}]…`, about 100 bytes per link beyond its text
 * and address); the release page's sidebar holds about 75 links (issue 12: the page's weight). The
 * server render gives the very same markup.
 */
export function LinkList({
  items,
  base = '',
  className,
}: {
  items: CompactLink[]
  base?: string
  className?: string
}) {
  return (
    <ul {...(className && { className })}>
      {items.map(([text, href, lang, note], index) => (
        // The list never changes order in the browser: its place is its identity.
        <li key={index}>
          {href !== undefined && href !== 0 ? (
            <Link href={base + href} {...(lang && { lang })}>
              {text}
            </Link>
          ) : (
            <span {...(lang && { lang })}>{text}</span>
          )}
          {note && <span className="muted">{note}</span>}
        </li>
      ))}
    </ul>
  )
}
