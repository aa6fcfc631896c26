import Link from 'next/link'
import type { ReactNode } from 'react'

import type { RecordLink } from '@/data/shape'

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
 * are `record-section`s; the release page's sidebar gives its own classes.
 */
export function RecordSection<T extends RecordLink>({
  title,
  items,
  extra,
  className = 'record-section',
  listClassName,
}: {
  title: string
  items: T[]
  extra?: (item: T) => ReactNode
  className?: string
  listClassName?: string
}) {
  if (items.length === 0) return null
  return (
    <section {...(className && { className })}>
      <h2>{title}</h2>
      <ul {...(listClassName && { className: listClassName })}>
        {items.map((item) => (
          <li key={item.id}>
            <RecordName link={item} />
            {extra ? extra(item) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
