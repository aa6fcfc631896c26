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
