import Link from 'next/link'
import type { ReactNode } from 'react'

import type { RecordLink } from '@/data/shape'

import { compactLinks } from './compactLinks'
import { LinkList } from './LinkList.client'
import { langProp } from './TextParts'

/**
 * A linked record's name or title: a link to its page when it has one, marked lang="en" when it
 * is shown in English on a Russian or Chinese page.
 */
export function RecordName({ link }: { link: RecordLink }) {
  return link.href ? (
    <Link href={link.href} {...langProp(link.lang)}>
      {link.text}
    </Link>
  ) : (
    <span {...langProp(link.lang)}>{link.text}</span>
  )
}

/**
 * A titled list of links to other records; renders nothing when empty. A record page's sections
 * are `record-section`s; the release page's sidebar gives its own classes. Without `extra` (an
 * element after each link), the list is sent as compact data (`note`: a plain text after each
 * link), which weighs a third of the element tree (LinkList.client.tsx).
 */
export function RecordSection<T extends RecordLink>({
  title,
  items,
  extra,
  note,
  className = 'record-section',
  listClassName,
}: {
  title: string
  items: T[]
  extra?: (item: T) => ReactNode
  note?: (item: T) => string | null | undefined
  className?: string
  listClassName?: string
}) {
  if (items.length === 0) return null
  return (
    <section {...(className && { className })}>
      <h2>{title}</h2>
      {extra ? (
        <ul {...(listClassName && { className: listClassName })}>
          {items.map((item) => (
            <li key={item.id}>
              <RecordName link={item} />
              {extra(item)}
            </li>
          ))}
        </ul>
      ) : (
        <LinkList {...compactLinks(items, note)} {...(listClassName && { className: listClassName })} />
      )}
    </section>
  )
}
