import type { Presence } from '@/server/presence/people'

import './presence.css'

const stateLabel: Record<Presence['state'], string> = { editing: 'editing', viewing: 'viewing' }

/**
 * People in a release, as initials: a filled badge for someone editing, an outlined one for someone
 * viewing. The names are in the text for screen readers and in the tooltip for the rest.
 */
export function PresenceChips({ people, label }: { people: Presence[]; label: string }) {
  if (people.length === 0) return null
  return (
    <ul className="presence" aria-label={label}>
      {people.map((person) => (
        <li
          key={String(person.id)}
          className={`presence__person presence__person--${person.state}`}
          title={`${person.name}, ${stateLabel[person.state]}`}
          data-presence-user={person.name}
          data-presence-state={person.state}
        >
          {person.avatar ? (
            // eslint-disable-next-line @next/next/no-img-element -- a 28 px file of ours, already sized by Payload
            <img className="presence__avatar" src={person.avatar} alt="" />
          ) : (
            <span aria-hidden="true">{person.initials}</span>
          )}
          <span className="presence__name">
            {person.name}, {stateLabel[person.state]}
          </span>
        </li>
      ))}
    </ul>
  )
}
