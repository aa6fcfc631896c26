import type { UIFieldServerProps } from 'payload'

import { roles, workflowActor } from '@/access/roles'
import { idOf } from '@/content/relations'
import { env } from '@/server/env'

import { deskView } from '../desk'

import { TranslationDeskView } from './TranslationDeskView.client'

/**
 * The release's "Translation" panel (issue 13, item 2): the English beside a translation, part
 * by part, with what changed in the English since the translation was done, and the desk's
 * actions. Read on the server with the user's own rights, every language at once; the actions
 * go through POST /api/press-releases/:id/translation, which decides again.
 */
export async function TranslationDesk({
  id,
  data,
  payload,
  user,
}: Pick<UIFieldServerProps, 'id' | 'data' | 'payload' | 'user'>) {
  const releaseId = id ?? idOf(data?.id)
  if (releaseId === undefined || releaseId === null || !user) return null
  const release = await payload.findByID({
    collection: 'press-releases',
    id: releaseId,
    draft: true,
    locale: 'all',
    depth: 1,
    user,
    overrideAccess: false,
    disableErrors: true,
    select: { headline: true, summary: true, dateline: true, body: true, translations: true },
  })
  if (!release) return null
  const actor = workflowActor(user)
  // Editors hand a language to a colleague (officers take one themselves): the staff, by name.
  const staff =
    actor === 'editor'
      ? (
          await payload.find({
            collection: 'users',
            where: { role: { in: [...roles] } },
            sort: 'name',
            limit: 200,
            depth: 0,
            pagination: false,
            user,
            overrideAccess: false,
            select: { name: true, email: true },
          })
        ).docs.map((member) => ({ id: member.id, name: member.name || member.email }))
      : undefined
  return (
    <TranslationDeskView
      releaseId={releaseId}
      languages={deskView(release, actor, {
        machineAvailable: Boolean(env().machineTranslation),
      })}
      userId={user.id}
      staff={staff}
    />
  )
}
