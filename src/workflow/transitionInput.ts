import { z } from 'zod'

import { canonicalTimeZone } from '@/content/timeZones'
import { parseInput, type Parsed } from '@/server/requestInput'

import { workflowActions } from './transitions'

const text = (max: number) =>
  z.string({ error: 'must be text' }).max(max, `must be at most ${max} characters`)

/** The body of POST /api/press-releases/:id/workflow. */
export const transitionInputSchema = z.object(
  {
    action: z.enum(workflowActions, { error: `must be one of: ${workflowActions.join(', ')}` }),
    /** Why changes are requested (the author reads it), or why an embargo is lifted early. */
    reason: text(5000).optional(),
    /** Publish a scheduled or embargoed release before its time, on purpose (needs a reason). */
    liftEarly: z.boolean({ error: 'must be true or false' }).optional(),
    /** A schedule or embargo time: an ISO instant, or a wall-clock time read in `timezone`. */
    at: text(64).optional(),
    /**
     * The IANA time zone the time was given in (kept with the date, shown back to editors): any
     * name the runtime knows, stored under its current name (Asia/Calcutta → Asia/Kolkata).
     */
    timezone: text(64)
      .transform((zone, ctx) => {
        const current = canonicalTimeZone(zone)
        if (current === undefined)
          ctx.addIssue({
            code: 'custom',
            message: `must be an IANA time zone such as Europe/Vienna, not "${zone}"`,
          })
        return current ?? zone
      })
      .optional(),
  },
  { error: 'must be a JSON object such as {"action": "submit"}' },
)

export type TransitionInput = z.output<typeof transitionInputSchema>

/** The workflow endpoint's body, or a 400 that names the field. */
export function parseTransitionInput(body: unknown): Parsed<TransitionInput> {
  return parseInput(transitionInputSchema, body, 'body')
}
