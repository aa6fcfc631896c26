/**
 * Public fields carry only public text: a reference to the source texts of the demo ("text 004",
 * "texts 000 and 002") is a research note, and belongs in the record's note for editors, which
 * the public never reads (issue 10: the SCO Charter's page said "Text 004 refers to…").
 */
export const sourceReference = /\btexts? \d{3}\b/i

/** Fields that are never public: the editors' note, and the file a release was drawn from. */
const internalFields = new Set(['editorNote', 'source'])

/** Every public string of the data that cites a source text, as "collection "key": field.path". */
export function sourceReferencesInPublicText(data: Record<string, unknown>): string[] {
  const problems: string[] = []
  const walk = (value: unknown, where: string, path: string[]) => {
    if (typeof value === 'string') {
      const found = sourceReference.exec(value)
      if (found)
        problems.push(
          `${where}: ${path.join('.')} cites a source text ("${found[0]}"); research notes belong in editorNote`,
        )
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, where, [...path, String(i)]))
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value))
        if (!internalFields.has(key)) walk(item, where, [...path, key])
  }
  for (const [collection, records] of Object.entries(data) as [string, readonly unknown[]][]) {
    if (collection === 'translations') {
      // Per language, per collection, per record key (src/seed/translationSchema.ts).
      const byLocale = records as unknown as Record<string, Record<string, Record<string, unknown>>>
      for (const [locale, collections] of Object.entries(byLocale))
        for (const [name, byKey] of Object.entries(collections ?? {}))
          for (const [key, record] of Object.entries(byKey ?? {}))
            walk(record, `${name} "${key}" (${locale})`, [])
      continue
    }
    records.forEach((record, i) => {
      const key = (record as { key?: string }).key
      walk(record, `${collection} ${key ? `"${key}"` : `#${i}`}`, [])
    })
  }
  return problems
}
