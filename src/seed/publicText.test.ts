import { describe, expect, it } from 'vitest'

import { seedData } from './data'
import { sourceReferencesInPublicText } from './publicText'
import { SeedDataError, validateSeedData } from './validate'

/** Every string of the data outside the editors' notes and the release's source file name. */
function publicStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(publicStrings)
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => key !== 'editorNote' && key !== 'source')
      .flatMap(([, item]) => publicStrings(item))
  return []
}

describe('the demo data’s public fields carry only public text', () => {
  it('cite no source text ("text 004") anywhere a reader could see it', () => {
    const strings = publicStrings(seedData)
    expect(strings.length).toBeGreaterThan(500)
    expect(strings.filter((text) => /\btext \d{3}\b/i.test(text))).toEqual([])
    expect(sourceReferencesInPublicText(seedData as never)).toEqual([])
    // The research notes are kept, for editors.
    const notes = JSON.stringify(seedData.documents.map((document) => document.editorNote))
    expect(notes).toContain('Text 004 refers to \\"the goals of its Charter\\"')
  })

  it('are refused, with the record and the field named, when a reference slips into one', () => {
    const data = structuredClone(seedData)
    data.documents[0]!.summary += ' As text 003 says, it matters.'
    data.events.find((event) => event.participation?.length)!.participation![0]!.note =
      'Named in texts 000 and 002'
    expect(() => validateSeedData(data)).toThrow(SeedDataError)
    expect(() => validateSeedData(data)).toThrow(
      new RegExp(`documents "${data.documents[0]!.key}": summary cites a source text \\("text 003"\\)`),
    )
    data.translations!.ru!.topics!.youth!.description = 'См. текст 004; text 004.'
    expect(() => validateSeedData(data)).toThrow(
      'topics "youth" (ru): description cites a source text ("text 004")',
    )
    expect(sourceReferencesInPublicText(data as never)).toHaveLength(3)
    expect(() => validateSeedData(seedData)).not.toThrow()
  })
})
