/**
 * Select options from a vocabulary: each value with its label from `labels`, or else made from
 * the kebab-case value itself ("high-level-event" → "High level event").
 */
export function labelled<T extends string>(
  values: readonly T[],
  labels?: Readonly<Record<T, string>>,
): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels?.[value] ?? humanize(value) }))
}

function humanize(value: string): string {
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
