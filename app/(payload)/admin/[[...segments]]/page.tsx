import type { Metadata } from 'next'

import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import { getPayload } from 'payload'

import { configForPage } from '@/fields/firstDraft/config'
import { brandedMetadata } from '@/globals/branding/metadata'

import { importMap } from '../importMap'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

// Payload's metadata, with the organisation's name and mark from Settings (issue 10, item 6).
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> =>
  brandedMetadata(await generatePageMetadata({ config, params, searchParams }), await getPayload({ config }))

// A create view of an autosaving collection opens without creating a document (issue 10, item 6:
// src/fields/firstDraft/config.ts). Payload starts from the real config first.
const Page = async ({ params, searchParams }: Args) => {
  await getPayload({ config })
  const { segments } = await params
  return RootPage({ config: configForPage(config, segments), params, searchParams, importMap })
}

export default Page
