import type { Payload } from 'payload'

/** The demo organisation's settings, written only when none have been saved yet. */
export async function ensureSettings(payload: Payload): Promise<void> {
  const current = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  if (current.organisationName) return
  await payload.updateGlobal({
    context: { disableRevalidate: true },
    slug: 'settings',
    overrideAccess: true,
    locale: 'en',
    data: {
      organisationName: 'Shanghai Cooperation Organisation Secretariat',
      // The Secretariat sits in Beijing: schedules and embargoes start in its zone.
      timeZone: 'Asia/Shanghai',
      boilerplate:
        'The Shanghai Cooperation Organisation (SCO) is a permanent intergovernmental international organisation founded in Shanghai on 15 June 2001. Its Secretariat, based in Beijing, is the Organisation’s permanent administrative body. The SCO has held observer status in the United Nations General Assembly since 2004.',
      pressContacts: [
        { name: 'Press Office', title: 'SCO Secretariat (demo contact)', email: 'press@communique.test' },
      ],
    },
  })
  for (const [locale, organisationName] of [
    ['ru', 'Секретариат Шанхайской организации сотрудничества'],
    ['zh', '上海合作组织秘书处'],
  ] as const) {
    await payload.updateGlobal({
      context: { disableRevalidate: true },
      slug: 'settings',
      overrideAccess: true,
      locale,
      data: { organisationName },
    })
  }
}
