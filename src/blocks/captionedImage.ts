import type { Block } from 'payload'

export const CaptionedImageBlock: Block = {
  slug: 'captionedImage',
  interfaceName: 'CaptionedImageBlock',
  labels: { singular: 'Image with caption', plural: 'Images with captions' },
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      filterOptions: { mimeType: { like: 'image/' } },
    },
    {
      name: 'caption',
      type: 'textarea',
      admin: { description: 'Leave empty to use the caption stored with the image.' },
    },
    {
      name: 'credit',
      type: 'text',
      admin: { description: 'Leave empty to use the credit stored with the image.' },
    },
  ],
}
