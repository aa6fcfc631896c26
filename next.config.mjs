import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The public site and admin run behind one server; images come from Payload's own media route.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
