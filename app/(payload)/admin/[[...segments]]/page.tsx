import type { Metadata } from 'next'

import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import { getPayload } from 'payload'

import { brandedMetadata } from '@/globals/branding/metadata'

import { importMap } from '../importMap'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

// Payload's metadata, with the organisation's name and mark from Settings (issue 10, item 6).
export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> =>
  brandedMetadata(await generatePageMetadata({ config, params, searchParams }), await getPayload({ config }))

const Page = ({ params, searchParams }: Args) => RootPage({ config, params, searchParams, importMap })

export default Page
