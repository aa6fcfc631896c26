import type { TopicSeed } from '../schema'

/** Subjects the five source texts deal with; each is supported by at least one of them. */
export const topics: TopicSeed[] = [
  {
    key: 'un-sco-cooperation',
    title: 'UN–SCO cooperation',
    description:
      'Relations between the Shanghai Cooperation Organisation and the United Nations, its Secretariat, offices and agencies: observer status in the General Assembly, the 2010 Joint Declaration, the 2011 memorandum with UNODC and the joint high-level special events held since 2016.',
  },
  {
    key: 'terrorism',
    title: 'Countering terrorism',
    description:
      'Efforts to counter terrorism, including foreign terrorist fighters, sleeper cells and lone terrorists, terrorist financing and the terrorist narrative, and the work of the SCO Regional Anti-Terrorist Structure and the UN Office of Counter-Terrorism.',
  },
  {
    key: 'drug-trafficking',
    title: 'Illicit drug trafficking',
    description:
      'Countering illicit drug production and trafficking and reducing demand for drugs, including the use of drug proceeds to finance terrorism, cooperation with UNODC and the international drug control conventions.',
  },
  {
    key: 'organised-crime',
    title: 'Transnational organised crime',
    description:
      'Cross-border organised crime, including the illegal arms trade, human trafficking and illegal migration, and its growing links with terrorism.',
  },
  {
    key: 'extremism',
    title: 'Countering extremism',
    description:
      'Preventing radicalisation and countering extremist ideology, including the SCO Convention on Countering Extremism and work with civil society and the media.',
  },
  {
    key: 'regional-security',
    title: 'Peace, security and stability',
    description:
      'Regional and international peace, security and stability, and the SCO’s role in an integrated and indivisible Eurasian security architecture.',
  },
  {
    key: 'afghanistan',
    title: 'Afghanistan',
    description:
      'The settlement of the conflict in Afghanistan and the inclusive peace process, the SCO–Afghanistan Contact Group roadmap, the 2020 US–Taliban agreement, and drug production and trafficking in Afghanistan.',
  },
  {
    key: 'information-security',
    title: 'International information security',
    description:
      'Rules of responsible state behaviour in the information space, cyber security and cybercrime, and preventing the use of the internet by terrorists and extremists.',
  },
  {
    key: 'sustainable-development',
    title: 'Sustainable development',
    description:
      'Socio-economic development targets and the SCO–UN goal of stronger peace and security together with sustainable development, including economic, cultural and humanitarian cooperation.',
  },
  {
    key: 'youth',
    title: 'Youth',
    description:
      'Stopping the spread of radical ideas among young people and the programme of action drawn from the SCO heads of state’s joint address to youth.',
  },
  {
    key: 'eu-sco-cooperation',
    title: 'EU–SCO cooperation',
    description:
      'Dialogue between the SCO and the European Union and its research institutions, including the EU Strategy on Central Asia and joint formats with the OSCE, ASEAN and UNODC.',
  },
]
