'use client'

import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'

import { canPublish } from '@/access/roles'

/**
 * Payload's own Publish and Unpublish buttons, shown to editors only. The server refuses these
 * actions to press officers anyway (src/workflow/guard.ts); hiding them
 * spares an officer a button that can only fail. Officers submit for review instead.
 */
export function EditorPublishButton(props: React.ComponentProps<typeof PublishButton>) {
  const { user } = useAuth()
  return canPublish(user) ? <PublishButton {...props} /> : null
}

export function EditorUnpublishButton(props: React.ComponentProps<typeof UnpublishButton>) {
  const { user } = useAuth()
  return canPublish(user) ? <UnpublishButton {...props} /> : null
}

/**
 * For press releases, nobody gets Payload's header "Publish changes" / "Unpublish": the review
 * panel's actions are the one set that acts (issue 10, item 2). Payload's publish knows nothing of
 * the schedule, the embargo or the approval, and beside the panel's "Publish now" it was a second,
 * unguarded way to publish. Autosave keeps saving drafts; the server still guards the API itself.
 */
export function ReviewPanelActsInstead() {
  return null
}
