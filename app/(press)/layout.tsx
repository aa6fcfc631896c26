import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './press.css'

export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: 'no-referrer',
}

/** Pages for accredited journalists (embargoed releases): never indexed, never cached. */
export default function PressLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
