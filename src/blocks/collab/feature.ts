import { createServerFeature } from '@payloadcms/richtext-lexical'

/**
 * Real-time co-editing of a release body (issue 15, item 3): Lexical's CollaborationPlugin over
 * Yjs, synced through our sync server (src/collab). The key `collaboration` is what the patch of
 * @payloadcms/richtext-lexical looks for (patches/, docs/upstream.md): with it, Payload's editor
 * sets no initial editor state and mounts no history plugin, as CollaborationPlugin requires;
 * the plugin (./Plugin.client.tsx) loads the text and brings the undo history instead.
 */
export type CollaborationProps = {
  /** The sync server as browsers reach it (COLLAB_URL); unset: the page's host on `port`. */
  url?: string
  port: number
}

export const CollaborationFeature = createServerFeature<
  CollaborationProps,
  CollaborationProps,
  CollaborationProps
>({
  key: 'collaboration',
  feature: ({ props }) => ({
    ClientFeature: '/src/blocks/collab/feature.client#CollaborationFeatureClient',
    clientFeatureProps: { url: props.url, port: props.port },
    sanitizedServerFeatureProps: props,
  }),
})
