import { describe, expect, it } from 'vitest'

import { MIN_PASSWORD_LENGTH, passwordProblem } from './passwordPolicy'

describe('password policy', () => {
  it('refuses passwords shorter than the minimum, counting characters, not bytes', () => {
    expect(passwordProblem('abc')).toMatch(/at least 12 characters/)
    expect(passwordProblem('éa'.repeat(MIN_PASSWORD_LENGTH / 2).slice(1))).toMatch(/at least 12/)
    expect(passwordProblem('éa'.repeat(MIN_PASSWORD_LENGTH / 2))).toBeUndefined()
  })

  it('refuses the most common passwords, whatever their case', () => {
    expect(passwordProblem('password1234')).toMatch(/most common/)
    expect(passwordProblem('QWERTY123456')).toMatch(/most common/)
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/repeated/)
  })

  it('accepts a long uncommon passphrase and the demo accounts', () => {
    expect(passwordProblem('correct horse battery staple')).toBeUndefined()
    expect(passwordProblem('demo-admin-2026')).toBeUndefined()
    expect(passwordProblem('x'.repeat(300))).toMatch(/at most/)
    expect(passwordProblem(42)).toMatch(/text/)
  })
})
