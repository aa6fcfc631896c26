/** Select options from kebab-case values: "high-level-event" → "High level event". */
export function labelled<T extends string>(values: readonly T[]): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: humanize(value) }))
}

export function humanize(value: string): string {
  const words = value.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
