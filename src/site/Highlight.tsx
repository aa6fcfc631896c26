/** The text with every occurrence of the search terms wrapped in <mark>. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  const usable = terms.filter(Boolean).map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (usable.length === 0) return <>{text}</>
  const pattern = new RegExp(`(${usable.join('|')})`, 'giu')
  const parts = text.split(pattern)
  return <>{parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}</>
}
