import type { Settings } from '@/payload-types'
import { formatEventTime } from '@/site/format'
import { PressContact } from '@/site/PressContact'
import type { EmbargoView } from '@/workflow/embargo'

/** The organisation's name over every journalist's page: whose embargo this is. */
export function PressMasthead({ settings }: { settings: Settings }) {
  return (
    <header className="press-masthead">
      <p className="press-masthead__name">{settings.organisationName}</p>
      <p className="press-masthead__what">Press office · material for accredited journalists</p>
    </header>
  )
}

/** The boilerplate ("About the organisation") closing every journalist's page. */
export function PressFooter({ settings }: { settings: Settings }) {
  if (!settings.boilerplate) return null
  return (
    <footer className="press-footer">
      <h2>About {settings.organisationName}</h2>
      <p>{settings.boilerplate}</p>
    </footer>
  )
}

type Dead = Exclude<EmbargoView, { state: 'embargoed' } | { state: 'unavailable' }>

const when = (iso: string | null) => (iso ? ` on ${formatEventTime(iso, 'UTC')} (UTC)` : '')

const explanation: { [S in Dead['state']]: (view: Extract<Dead, { state: S }>) => [string, string] } = {
  revoked: (view) => [
    'This link has been revoked',
    `The press office withdrew this link${when(view.at)}. It no longer shows the release.`,
  ],
  expired: (view) => [
    'This link has expired',
    `This link stopped working${when(view.at)}. If you still need the release before it is public, ask the press office for a new link.`,
  ],
  public: () => ['The embargo has been lifted', 'The release is now public.'],
  withdrawn: () => [
    'This release is no longer under embargo',
    'The press office has withdrawn it for now; it is neither shown here nor public.',
  ],
}

/**
 * A link that no longer shows the release says which case it is and whom to contact, and
 * nothing of the release's text (the public page is linked only once the release is public).
 */
export function DeadLink({ view, settings }: { view: Dead; settings: Settings }) {
  const [title, text] = (explanation[view.state] as (v: Dead) => [string, string])(view)
  return (
    <main className="embargoed-release dead-link" data-state={view.state}>
      <h1>{title}</h1>
      <p>{text}</p>
      {view.state === 'public' && (
        <p>
          <a href={`/en/news/${view.slug}`}>Read the release on the public site</a>
        </p>
      )}
      <section className="press-contact" aria-labelledby="press-contact">
        <h2 id="press-contact">Questions? Contact the press office</h2>
        <PressContact settings={settings} />
      </section>
    </main>
  )
}
