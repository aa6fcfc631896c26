import type { Locale } from '@/content/locales'

import type { ReleaseActivity } from './activity'
import type { WorkflowAction } from './transitions'

/** What a release's hooks and the workflow share through `req.context` during one write. */
export type WorkflowContext = {
  /** Set by the workflow endpoint and the scheduler: this write is an already-decided transition. */
  workflowTransition?: { action: WorkflowAction }
  /** Payload's `draft` argument of the running create/update (beforeOperation). */
  releaseDraftSave?: boolean
  releaseRestore?: boolean
  /** Set by a translation action (src/workflow/translation/apply.ts): its states are already decided. */
  translationAction?: boolean
  /** Set while a machine draft is saved in this language (src/workflow/translation/machine/draft.ts). */
  machineDraft?: Locale
  /** What afterChange writes to the activity log. */
  releaseActivity?: ReleaseActivity
}
