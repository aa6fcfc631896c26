import type { Payload, TypedUser } from 'payload'

import { isStaff } from '@/access/roles'
import { translationLocales, type Locale } from '@/content/locales'
import type { PressRelease } from '@/payload-types'

import { ReleasePresence } from '../../admin/presence/ReleasePresence.client'
import { statusLabel } from '../../status'
import { localeLabelInEnglish } from '../actions'
import { translationStatusIn } from '../policy'
import { translationStatusLabel } from '../status'

type Props = { payload: Payload; user?: TypedUser | null }

const limit = 20

const assignees = (release: PressRelease) =>
  release.translations as
    Partial<Record<Locale, { assignee?: unknown; machine?: boolean | null }>> | null | undefined

function assigneeName(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  const user = value as { name?: string | null; email?: string | null }
  return user.name || user.email || undefined
}

/**
 * The dashboard's translation matrix (issue 13, item 2): the latest releases by language, each
 * cell the translation's status and who translates it. The statuses are stored and kept current
 * on every save, so this is one indexed query, whatever the archive's size.
 */
export async function TranslationMatrix({ payload, user }: Props) {
  if (!user || !isStaff(user)) return null
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { editorialStatus: { not_equals: 'withdrawn' } },
    sort: '-updatedAt',
    limit,
    depth: 1,
    draft: true,
    user,
    overrideAccess: false,
    select: { headline: true, editorialStatus: true, translationPolicy: true, translations: true },
  })
  const releases = docs as PressRelease[]
  return (
    <section className="translation-matrix" aria-label="Translations">
      <h2>Translations</h2>
      {releases.length === 0 ? (
        <p className="editorial-overview__empty">No releases yet.</p>
      ) : (
        <table className="translation-matrix__table">
          <caption className="editorial-overview__detail">
            The {limit} releases edited last, by language.
          </caption>
          <thead>
            <tr>
              <th scope="col">Release</th>
              {translationLocales.map((locale) => (
                <th scope="col" key={locale}>
                  {localeLabelInEnglish[locale]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {releases.map((release) => (
              <tr key={release.id}>
                <th scope="row">
                  <a href={`/admin/collections/press-releases/${release.id}`}>
                    {release.headline || 'Untitled draft'}
                  </a>
                  <ReleasePresence id={release.id} />
                  <span className="editorial-overview__detail">
                    {statusLabel[release.editorialStatus ?? 'draft']}
                    {release.translationPolicy === 'hold' ? ' · held for every language' : ''}
                  </span>
                </th>
                {translationLocales.map((locale) => {
                  const status = translationStatusIn(release, locale)
                  const state = assignees(release)?.[locale]
                  const who = assigneeName(state?.assignee)
                  return (
                    <td key={locale} data-translation-status={status}>
                      <span className={`translation-status translation-status--${status}`}>
                        {translationStatusLabel[status]}
                      </span>
                      {state?.machine && (
                        <span className="editorial-overview__detail" data-machine-draft>
                          machine draft
                        </span>
                      )}
                      {who && <span className="editorial-overview__detail">{who}</span>}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
