import { z } from 'zod'

import { documentId } from '../requestInput'

/**
 * What the presence endpoints accept (collections/PressReleases/presenceEndpoints.ts). A tab id is
 * made by the browser (crypto.randomUUID); the state is the edit view's own judgement.
 */

const tab = z
  .string({ error: 'must be the id of the browser tab (8 to 64 letters, digits, - or _)' })
  .regex(/^[\w-]{8,64}$/, 'must be the id of the browser tab (8 to 64 letters, digits, - or _)')

export const heartbeatInput = z.object({
  tab,
  state: z.enum(['viewing', 'editing'], 'must be "viewing" or "editing"'),
})

export const leaveInput = z.object({ tab })

/** At most this many records per read: a page of the admin's list. */
export const maxPresenceIds = 100

/** `?ids=1,2,3`: the records a list or the dashboard shows. */
export function presenceQuery(idType: 'number' | 'text') {
  const one = documentId(idType)
  return z.object({
    ids: z
      .string({ error: `must be a comma-separated list of up to ${maxPresenceIds} record ids` })
      .transform((text) => text.split(','))
      .pipe(
        z
          .array(one)
          .min(1, 'must name at least one record')
          .max(maxPresenceIds, `must name at most ${maxPresenceIds} records`),
      ),
  })
}
