import { Fragment, type ReactNode } from 'react'

type Part = { text: string | null | undefined; lang?: 'en' }

/**
 * `lang` as a prop to spread, or nothing: a server component's `lang={undefined}` is still sent in
 * the page's RSC payload (as `"lang":"$undefined"`), once per link on a long list (issue 12).
 */
export function langProp(lang: string | null | undefined): { lang?: string } {
  return lang ? { lang } : {}
}

/**
 * Texts joined by a separator ("United Nations Headquarters, New York"), skipping empty ones;
 * a part shown in English on a Russian or Chinese page (`lang: 'en'`) is marked as English.
 */
export function JoinedText({ parts, separator = ', ' }: { parts: (Part | undefined)[]; separator?: string }) {
  const shown = parts.filter((part): part is Part => Boolean(part?.text))
  return (
    <>
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && separator}
          {part.lang ? <span lang={part.lang}>{part.text}</span> : part.text}
        </Fragment>
      ))}
    </>
  )
}

/** A message with React nodes for its placeholders: "Under the SCO presidency of {country}". */
export function Template({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  // split() with a capturing group: placeholder names are at the odd indexes.
  const parts = text.split(/\{(\w+)\}/g)
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index % 2 === 1 ? (part in values ? values[part] : `{${part}}`) : part}
        </Fragment>
      ))}
    </>
  )
}
