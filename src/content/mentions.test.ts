import { describe, expect, it } from 'vitest'

import {
  mentionParts,
  mentionProblemMessage,
  referencedIds,
  renderMentions,
  resolveMentions,
} from './mentions'

const people = [
  { id: 1, name: 'Elena Petrova', email: 'e.petrova@sco.test' },
  { id: 2, name: 'Ivan Petrov', email: 'ivan@sco.test' },
  { id: 3, name: 'Elena Sokolova', email: 'sokolova@sco.test' },
  { id: 4, name: 'Li Wei', email: 'li.wei@sco.test' },
]

describe('resolveMentions', () => {
  it('turns a full name, a unique first name, a joined name and an email into references', () => {
    const { body, problems } = resolveMentions(
      'Ask @Elena Petrova, @Ivan, @li.wei and @sokolova@sco.test. Mail press@sco.test too.',
      people,
    )
    expect(problems).toEqual([])
    expect(body).toBe('Ask @{1}, @{2}, @{4} and @{3}. Mail press@sco.test too.')
    expect(referencedIds(body)).toEqual(['1', '2', '4', '3'])
  })

  it('reports an ambiguous and an unknown mention instead of dropping them', () => {
    const { body, problems } = resolveMentions('@Elena and @nobody-here, see', people)
    expect(body).toBe('@Elena and @nobody-here, see')
    expect(
      problems.map((problem) => [problem.handle, problem.candidates.map((person) => person.id)]),
    ).toEqual([
      ['Elena', [1, 3]],
      ['nobody-here', []],
    ])
    expect(mentionProblemMessage(problems)).toContain('“@Elena” could be Elena Petrova, Elena Sokolova')
    expect(mentionProblemMessage(problems)).toContain('No colleague is called “@nobody-here”')
  })

  it('leaves references as they are, and is case-blind', () => {
    expect(resolveMentions('@{3} and @elena petrova', people).body).toBe('@{3} and @{1}')
  })
})

describe('rendering', () => {
  it('shows each reference as the name, and a deleted colleague as such', () => {
    expect(renderMentions('Thanks @{2} and @{9}.', people)).toBe('Thanks @Ivan Petrov and @former colleague.')
    expect(mentionParts('Hi @{4}!', people)).toEqual([
      { text: 'Hi ' },
      { id: '4', person: people[3] },
      { text: '!' },
    ])
  })
})
