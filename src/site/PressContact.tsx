import type { Settings } from '@/payload-types'

/** The release's own press contact, or the newsroom's contacts from Settings. */
export function PressContact({ text, settings }: { text?: string | null; settings: Settings }) {
  if (text) return <p className="pre-line">{text}</p>
  return (
    <>
      {settings.pressContacts?.map((contact) => (
        <p key={contact.id ?? contact.name}>
          {contact.name}
          {contact.title && `, ${contact.title}`}
          {contact.email && (
            <>
              <br />
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          )}
          {contact.phone && (
            <>
              <br />
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </>
          )}
        </p>
      ))}
    </>
  )
}
