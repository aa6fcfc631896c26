/**
 * Mentions in a comment. A comment stores a mention as a reference to the user, `@{id}`, never
 * as the text the writer saw: a colleague who changes their name or email is still the one
 * mentioned, and the text shows their name as it is now. A mention typed by hand ("@Elena",
 * "@Elena Petrova", "@elena.petrova", "@editor@communique.test") is turned into a reference on
 * save when exactly one colleague answers to it; otherwise the writer is told which one is
 * ambiguous or unknown (a mention is never silently dropped).
 */

export type Person = { id: number | string; name?: string | null; email?: string | null }

/** `@{12}` (SQLite) or `@{6650f0c2…}` (MongoDB's ObjectId). */
const referencePattern = /@\{([A-Za-z0-9_-]{1,64})\}/g

/**
 * "@" at the start or after a space or punctuation (so an email address in the text is not a
 * mention), then a handle: letters of any script, digits, "._+-", optionally a whole email.
 */
const handlePattern =
  /(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}_+-]+(?:\.[\p{L}\p{N}_+-]+)*(?:@[\w-]+(?:\.[\w-]+)+)?)/gu

export const mentionReference = (id: Person['id']): string => `@{${String(id)}}`

/** The ids the text refers to, in order, once each. */
export function referencedIds(body: string): string[] {
  return [...new Set([...body.matchAll(referencePattern)].map((match) => match[1]!))]
}

/** The text as a reader sees it: each reference as "@Name" (or "@former colleague"). */
export function renderMentions(body: string, people: readonly Person[]): string {
  return body.replace(referencePattern, (_all, id: string) => {
    const person = people.find((candidate) => String(candidate.id) === id)
    return `@${person?.name || person?.email || 'former colleague'}`
  })
}

/** Parts of the text for a component: plain text and mentions, in order. */
export type MentionPart = { text: string } | { person: Person | undefined; id: string }

export function mentionParts(body: string, people: readonly Person[]): MentionPart[] {
  const parts: MentionPart[] = []
  let last = 0
  for (const match of body.matchAll(referencePattern)) {
    if (match.index > last) parts.push({ text: body.slice(last, match.index) })
    const id = match[1]!
    parts.push({ id, person: people.find((candidate) => String(candidate.id) === id) })
    last = match.index + match[0].length
  }
  if (last < body.length) parts.push({ text: body.slice(last) })
  return parts
}

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en')
const words = (name: string) => fold(name).split(/\s+/).filter(Boolean)

/** Who answers to a one-word handle: the email or its local part, then the name's words joined or one of them. */
function answering(handle: string, people: readonly Person[]): Person[] {
  const byEmail = people.filter((person) => {
    const email = fold(person.email ?? '')
    return email !== '' && (email === handle || email.split('@')[0] === handle)
  })
  if (byEmail.length > 0) return byEmail
  const byWholeName = people.filter((person) => {
    const parts = words(person.name ?? '')
    return parts.length > 1 && ['.', '-', '_', ''].some((joint) => parts.join(joint) === handle)
  })
  if (byWholeName.length > 0) return byWholeName
  return people.filter((person) => words(person.name ?? '').includes(handle))
}

export type MentionProblem = { handle: string; candidates: Person[] }
export type ResolvedMentions = { body: string; problems: MentionProblem[] }

/**
 * Turns every hand-typed mention into a reference. "@Elena Petrova" takes the following words
 * when they complete one colleague's full name; "@Elena" alone resolves when only one colleague
 * is called Elena. `problems` lists each handle that matched nobody or several.
 */
export function resolveMentions(body: string, people: readonly Person[]): ResolvedMentions {
  const problems: MentionProblem[] = []
  let out = ''
  let cursor = 0
  for (const match of body.matchAll(handlePattern)) {
    const [all, before, raw] = match as unknown as [string, string, string]
    const start = match.index + before.length
    if (start < cursor) continue
    const afterHandle = match.index + all.length
    out += body.slice(cursor, start)
    const handle = fold(raw)
    const found = fullNameAfter(handle, body.slice(afterHandle), people)
    if (found) {
      out += mentionReference(found.person.id)
      cursor = afterHandle + found.length
      continue
    }
    const candidates = answering(handle, people)
    if (candidates.length === 1) out += mentionReference(candidates[0]!.id)
    else {
      problems.push({ handle: raw, candidates })
      out += `@${raw}`
    }
    cursor = afterHandle
  }
  return { body: out + body.slice(cursor), problems }
}

/** The longest run of up to three following words that, with the handle, is exactly one full name. */
function fullNameAfter(
  handle: string,
  rest: string,
  people: readonly Person[],
): { person: Person; length: number } | undefined {
  for (let count = 3; count > 0; count--) {
    const run = rest.match(new RegExp(`^(?:[ \\t]+[\\p{L}\\p{N}'’-]+){${count}}`, 'u'))?.[0]
    if (!run) continue
    const fullName = [handle, ...words(run)].join(' ')
    const named = people.filter((person) => words(person.name ?? '').join(' ') === fullName)
    if (named.length === 1) return { person: named[0]!, length: run.length }
  }
  return undefined
}

/** One sentence for the writer: what is wrong with each mention and what to do. */
export function mentionProblemMessage(problems: readonly MentionProblem[]): string {
  return problems
    .map(({ handle, candidates }) =>
      candidates.length === 0
        ? `No colleague is called “@${handle}”: pick one from the list, or write it without the @.`
        : `“@${handle}” could be ${[...candidates]
            .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
            .slice(0, 5)
            .map((person) => person.name || person.email)
            .join(', ')}: pick one from the list or write the full name.`,
    )
    .join(' ')
}
