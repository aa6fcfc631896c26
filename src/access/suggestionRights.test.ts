import { describe, expect, it } from 'vitest'

import { mayDecide } from './suggestionRights'

const editor = { collection: 'users', id: 1, role: 'editor' }
const officer = { collection: 'users', id: 2, role: 'press-officer' }
const elena = { collection: 'users', id: 7, role: 'press-officer' }

describe('who decides a suggestion', () => {
  const elenas = { by: '7' }
  it('editors and the release’s author accept or reject; the suggester withdraws; nobody else', () => {
    expect(mayDecide(editor, 99, elenas)).toBe(true)
    expect(mayDecide(officer, 2, elenas)).toBe(true)
    expect(mayDecide(officer, '2', elenas)).toBe(true)
    expect(mayDecide(elena, 99, elenas)).toBe(true)
    expect(mayDecide(officer, 99, elenas)).toBe(false)
    expect(mayDecide(officer, undefined, elenas)).toBe(false)
    expect(mayDecide(null, undefined, { by: '' })).toBe(false)
    // A user of another auth collection is no editor, whatever their role says.
    expect(mayDecide({ ...editor, collection: 'readers' }, 99, elenas)).toBe(false)
  })
})
