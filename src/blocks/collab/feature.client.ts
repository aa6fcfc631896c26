'use client'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'

import type { CollaborationProps } from './feature'
import { CollaborationPlugin } from './Plugin.client'

export const CollaborationFeatureClient = createClientFeature<CollaborationProps>({
  plugins: [{ Component: CollaborationPlugin, position: 'normal' }],
})
