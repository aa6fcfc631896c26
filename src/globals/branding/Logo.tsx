import type { Payload } from 'payload'

import { readBrand } from './brand'

type Props = { payload?: Payload; locale?: { code?: string } }

/**
 * The admin's logo (`admin.components.graphics.Logo`: the login and account-creation pages): the
 * organisation's mark above its name, from Settings; the name alone without a mark. Never
 * Payload's logo, and nothing fetched from another origin.
 */
export async function Logo({ payload, locale }: Props) {
  if (!payload) return null
  const { name, mark } = await readBrand(payload, locale?.code)
  return (
    <div className="brand-logo">
      {mark && (
        // eslint-disable-next-line @next/next/no-img-element -- a file of ours, its size known
        <img className="brand-logo__mark" src={mark.url} alt="" width={mark.width} height={mark.height} />
      )}
      <span className="brand-logo__name">{name}</span>
    </div>
  )
}
