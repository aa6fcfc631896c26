import type { Payload } from 'payload'

import { initialsOf, readBrand } from './brand'

type Props = { payload?: Payload; locale?: { code?: string } }

/**
 * The admin header's icon (`admin.components.graphics.Icon`, the link to the dashboard): the
 * organisation's mark, or its initials without one. The name is the accessible text either way.
 * Payload also renders this in its /api/og image without props: nothing is shown there.
 */
export async function Icon({ payload, locale }: Props) {
  if (!payload) return null
  const { name, mark } = await readBrand(payload, locale?.code)
  return (
    <span className="brand-icon" title={name}>
      {mark ? (
        // eslint-disable-next-line @next/next/no-img-element -- a file of ours, its size known
        <img className="brand-icon__mark" src={mark.url} alt={name} width={mark.width} height={mark.height} />
      ) : (
        <span className="brand-icon__initials" role="img" aria-label={name}>
          {initialsOf(name)}
        </span>
      )}
    </span>
  )
}
