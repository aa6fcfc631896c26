import type { ParticipantSeed } from '../schema'

/**
 * Every person, organisation and country named in the five source texts (../shared/seeds).
 * Spellings used by the sources are kept in `aliases`; the `name` is the standard English form.
 */

const people: ParticipantSeed[] = [
  {
    key: 'antonio-guterres',
    kind: 'person',
    name: 'António Guterres',
    aliases: ['Antonio Guterres'],
    bio: 'Portuguese politician and diplomat; Secretary-General of the United Nations since 1 January 2017, previously UN High Commissioner for Refugees (2005–2015) and Prime Minister of Portugal.',
    positions: [
      {
        title: 'UN High Commissioner for Refugees',
        organisation: 'united-nations',
        from: '2005-06-15',
        to: '2015-12-31',
      },
      { title: 'UN Secretary-General', organisation: 'united-nations', from: '2017-01-01' },
    ],
    editorNote:
      'Texts 000 and 002 spell the name "Antonio Guterres", text 001 "António Guterres"; the accented form is his own spelling and is used as the name.',
  },
  {
    key: 'igor-morgulov',
    kind: 'person',
    name: 'Igor Morgulov',
    bio: 'Russian diplomat and sinologist; Deputy Minister of Foreign Affairs of the Russian Federation from December 2011 to September 2022, then Ambassador of Russia to China.',
    positions: [
      {
        title: 'Deputy Foreign Minister of the Russian Federation',
        organisation: 'russia',
        from: '2011-12-01',
        to: '2022-09-13',
      },
      {
        title: 'Russian Ambassador to China',
        organisation: 'russia',
        from: '2022-09-13',
      },
    ],
    editorNote:
      'Appointed Deputy Foreign Minister in December 2011; the exact day is not recorded here, so the first of the month is used. Relieved of the post and appointed Ambassador to China by decrees published on 13 September 2022.',
  },
  {
    key: 'vladimir-norov',
    kind: 'person',
    name: 'Vladimir Norov',
    bio: 'Uzbek diplomat and former Minister of Foreign Affairs of Uzbekistan; Secretary-General of the Shanghai Cooperation Organisation from 1 January 2019 to 31 December 2021.',
    positions: [
      {
        title: 'SCO Secretary-General',
        organisation: 'sco',
        from: '2019-01-01',
        to: '2021-12-31',
      },
    ],
  },
  {
    key: 'jumakhon-giyosov',
    kind: 'person',
    name: 'Jumakhon Giyosov',
    bio: 'Tajik official; Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure from 1 January 2019 to 31 December 2021. Appointed at the SCO summit in Qingdao in June 2018.',
    positions: [
      {
        title: 'Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure',
        organisation: 'rats-executive-committee',
        from: '2019-01-01',
        to: '2021-12-31',
      },
    ],
  },
  {
    key: 'rashid-alimov',
    kind: 'person',
    name: 'Rashid Alimov',
    bio: 'Tajik diplomat, formerly Ambassador of Tajikistan to China; Secretary-General of the Shanghai Cooperation Organisation from 1 January 2016 to 31 December 2018.',
    positions: [
      {
        title: 'SCO Secretary-General',
        organisation: 'sco',
        from: '2016-01-01',
        to: '2018-12-31',
      },
    ],
  },
  {
    key: 'yevgeny-sysoyev',
    kind: 'person',
    name: 'Yevgeny Sysoyev',
    bio: 'Russian security official (FSB colonel-general), formerly Deputy Director of the Federal Security Service; Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure from 1 January 2016 to 31 December 2018.',
    positions: [
      {
        title: 'Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure',
        organisation: 'rats-executive-committee',
        from: '2016-01-01',
        to: '2018-12-31',
      },
    ],
  },
  {
    key: 'vladimir-voronkov',
    kind: 'person',
    name: 'Vladimir Voronkov',
    bio: 'Russian diplomat, formerly Permanent Representative of Russia to the international organisations in Vienna; appointed in June 2017 as the first Under-Secretary-General heading the UN Office of Counter-Terrorism.',
    positions: [
      {
        title: 'UN Under-Secretary-General, Head of the UN Office of Counter-Terrorism',
        organisation: 'unoct',
        from: '2017-09-01',
      },
    ],
    editorNote:
      'Appointed by the Secretary-General on 21 June 2017; 1 September 2017 is used as the start of his term in office. No end date is recorded here.',
  },
  {
    key: 'simone-monasebian',
    kind: 'person',
    name: 'Simone Monasebian',
    bio: 'Director of the New York Liaison Office of the United Nations Office on Drugs and Crime (UNODC) at the time of the 2018 UN-SCO event.',
    positions: [
      {
        title: 'Director of the UNODC New York Liaison Office',
        organisation: 'unodc-new-york-liaison-office',
      },
    ],
    editorNote:
      'Dates of office are not recorded: UNODC material shows her as Director of the New York office at least from 2014 to 2019, and text 001 gives the title for November 2018.',
  },
  {
    key: 'yury-fedotov',
    kind: 'person',
    name: 'Yury Fedotov',
    bio: 'Russian diplomat and former Deputy Foreign Minister of Russia; UN Under-Secretary-General, Executive Director of UNODC and Director-General of the United Nations Office at Vienna from 13 September 2010 to 31 December 2019.',
    positions: [
      {
        title: 'UNODC Executive Director',
        organisation: 'unodc',
        from: '2010-09-13',
        to: '2019-12-31',
      },
      {
        title: 'Director-General of the United Nations Office at Vienna',
        organisation: 'unov',
        from: '2010-09-13',
        to: '2019-12-31',
      },
    ],
    editorNote:
      'Appointed on 9 July 2010 and took office on 13 September 2010; retired on 31 December 2019 (succeeded by Ghada Waly).',
  },
  {
    key: 'werner-fasslabend',
    kind: 'person',
    name: 'Werner Fasslabend',
    bio: 'Austrian politician (ÖVP), Federal Minister of Defence from 1990 to 2000; President of the Austrian Institute for European and Security Policy (AIES).',
    positions: [
      { title: 'AIES President', organisation: 'aies' },
      {
        title: 'Federal Minister of Defence of Austria',
        organisation: 'austria',
        from: '1990-12-17',
        to: '2000-02-04',
      },
    ],
    editorNote:
      'The dates of his AIES presidency are not recorded here; text 004 gives the title for March 2020.',
  },
]

const organisations: ParticipantSeed[] = [
  // The Shanghai Cooperation Organisation and its bodies
  {
    key: 'sco',
    kind: 'organisation',
    name: 'Shanghai Cooperation Organisation',
    shortName: 'SCO',
    aliases: ['Shanghai Cooperation Organization', 'SCO'],
    bio: 'Intergovernmental organisation founded in Shanghai on 15 June 2001 by China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan; India and Pakistan became member states in 2017. Observer in the UN General Assembly since 2004.',
    website: 'https://eng.sectsco.org',
  },
  {
    key: 'sco-secretariat',
    kind: 'organisation',
    name: 'SCO Secretariat',
    parent: 'sco',
    bio: 'Permanent administrative body of the SCO, based in Beijing and headed by the SCO Secretary-General.',
  },
  {
    key: 'rats',
    kind: 'organisation',
    name: 'SCO Regional Anti-Terrorist Structure',
    shortName: 'RATS',
    aliases: ["SCO's Regional Anti-Terrorist Structure", 'SCO Regional Anti-Terrorist Structure (RATS)'],
    parent: 'sco',
    bio: 'Permanent SCO body based in Tashkent that coordinates the member states’ cooperation against terrorism, separatism and extremism.',
  },
  {
    key: 'rats-executive-committee',
    kind: 'organisation',
    name: 'Executive Committee of the SCO Regional Anti-Terrorist Structure',
    shortName: 'RATS Executive Committee',
    parent: 'rats',
    bio: 'Standing executive body of the SCO RATS in Tashkent, headed by its Director.',
  },
  {
    key: 'sco-forum',
    kind: 'organisation',
    name: 'SCO Forum',
    aliases: ['SCO forum'],
    parent: 'sco',
    bio: 'Multilateral public consultative and expert mechanism of the SCO that brings together research and analytical institutions of the member states.',
  },
  {
    key: 'sco-economic-analytical-center-consortium',
    kind: 'organisation',
    name: 'SCO Economic Analytical Center Consortium',
    aliases: ['Economic Analytical Center Consortium'],
    parent: 'sco',
    bio: 'Network of economic research and analytical centres of the SCO member states, proposed by the SCO Secretary-General as a venue for SCO–EU expert cooperation.',
    editorNote:
      'Text 004 proposes it as a venue for SCO–EU expert cooperation and calls it "the SCO forum and its Economic Analytical Center Consortium"; the US spelling "Center" is the source’s.',
  },

  // The United Nations system
  {
    key: 'united-nations',
    kind: 'organisation',
    name: 'United Nations',
    shortName: 'UN',
    aliases: ['UN'],
    bio: 'Global intergovernmental organisation founded in 1945; headquarters in New York.',
    website: 'https://www.un.org',
  },
  {
    key: 'un-secretariat',
    kind: 'organisation',
    name: 'United Nations Secretariat',
    shortName: 'UN Secretariat',
    aliases: ['UN Secretariat', 'UN Headquarters', 'UN HQ leadership'],
    parent: 'united-nations',
    bio: 'Principal organ of the United Nations headed by the Secretary-General, based at UN Headquarters in New York.',
    editorNote:
      'Text 000 thanks "the UN HQ leadership" for its assistance and text 001 says "the UN Headquarters hosted" the 2018 event; both are recorded under the UN Secretariat.',
  },
  {
    key: 'un-general-assembly',
    kind: 'organisation',
    name: 'United Nations General Assembly',
    shortName: 'UN General Assembly',
    aliases: ['UN General Assembly', 'General Assembly'],
    parent: 'united-nations',
    bio: 'Main deliberative organ of the United Nations; granted the SCO observer status in 2004 (resolution 59/48).',
  },
  {
    key: 'unodc',
    kind: 'organisation',
    name: 'United Nations Office on Drugs and Crime',
    shortName: 'UNODC',
    aliases: ['UN Office on Drugs and Crime', 'UNODC'],
    parent: 'un-secretariat',
    bio: 'Vienna-based UN office, established in 1997, that fights illicit trafficking in drugs and arms, organised crime, trafficking in persons and international terrorism.',
    website: 'https://www.unodc.org',
  },
  {
    key: 'unodc-new-york-liaison-office',
    kind: 'organisation',
    name: 'UNODC New York Liaison Office',
    aliases: ['New York Liaison Office of the UN Office on Drugs and Crime (UNODC)'],
    parent: 'unodc',
    bio: 'UNODC’s liaison office at UN Headquarters in New York.',
  },
  {
    key: 'unov',
    kind: 'organisation',
    name: 'United Nations Office at Vienna',
    shortName: 'UNOV',
    aliases: ['United Nations office in Vienna'],
    parent: 'un-secretariat',
    bio: 'The UN Secretariat’s office at the Vienna International Centre; its Director-General is also the Executive Director of UNODC.',
  },
  {
    key: 'unoct',
    kind: 'organisation',
    name: 'United Nations Office of Counter-Terrorism',
    shortName: 'UNOCT',
    aliases: ['UN Counter-Terrorism Office', 'UN Office of Counter-Terrorism', 'Office of Counter-Terrorism'],
    parent: 'un-secretariat',
    bio: 'UN office established by the General Assembly on 15 June 2017 to lead the UN’s counter-terrorism work; headed by an Under-Secretary-General.',
    website: 'https://www.un.org/counterterrorism',
  },
  {
    key: 'un-women',
    kind: 'organisation',
    name: 'UN Women',
    parent: 'united-nations',
    bio: 'United Nations Entity for Gender Equality and the Empowerment of Women.',
    website: 'https://www.unwomen.org',
  },
  {
    key: 'unido',
    kind: 'organisation',
    name: 'United Nations Industrial Development Organization',
    shortName: 'UNIDO',
    aliases: ['UNIDO'],
    parent: 'united-nations',
    bio: 'UN specialised agency for industrial development, based in Vienna.',
    website: 'https://www.unido.org',
  },
  {
    key: 'undp',
    kind: 'organisation',
    name: 'United Nations Development Programme',
    shortName: 'UNDP',
    aliases: ['UNDP'],
    parent: 'united-nations',
    bio: 'The UN’s global development network.',
    website: 'https://www.undp.org',
  },
  {
    key: 'escap',
    kind: 'organisation',
    name: 'United Nations Economic and Social Commission for Asia and the Pacific',
    shortName: 'ESCAP',
    aliases: ['ESCAP'],
    parent: 'united-nations',
    bio: 'Regional commission of the UN for Asia and the Pacific, based in Bangkok.',
    website: 'https://www.unescap.org',
  },
  {
    key: 'unesco',
    kind: 'organisation',
    name: 'United Nations Educational, Scientific and Cultural Organization',
    shortName: 'UNESCO',
    aliases: ['UNESCO'],
    parent: 'united-nations',
    bio: 'UN specialised agency for education, science and culture, based in Paris.',
    website: 'https://www.unesco.org',
  },
  {
    key: 'commission-on-narcotic-drugs',
    kind: 'organisation',
    name: 'Commission on Narcotic Drugs',
    shortName: 'CND',
    aliases: ['United Nations Commission on Narcotic Drugs (CND)'],
    parent: 'united-nations',
    bio: 'Functional commission of the UN Economic and Social Council and the UN’s central policy-making body on drugs; meets in Vienna.',
  },
  {
    key: 'ilo',
    kind: 'organisation',
    name: 'International Labour Organization',
    shortName: 'ILO',
    aliases: ['International Labour Organisation'],
    parent: 'united-nations',
    bio: 'UN specialised agency for labour standards and decent work, based in Geneva.',
    website: 'https://www.ilo.org',
  },
  {
    key: 'un-department-of-global-communications',
    kind: 'organisation',
    name: 'United Nations Department of Global Communications',
    shortName: 'UN DGC',
    aliases: ['UN information service'],
    parent: 'un-secretariat',
    bio: 'UN Secretariat department responsible for public information, including the UN Web TV live broadcasts.',
    editorNote:
      'Text 000 says the live stream was offered "by the UN information service on the UN’s main channel"; in New York that service is the Department of Global Communications (UN Web TV). Not to be confused with the UN Information Services (UNIS) in Vienna and Geneva.',
  },

  // Other international organisations
  {
    key: 'oecd',
    kind: 'organisation',
    name: 'Organisation for Economic Co-operation and Development',
    shortName: 'OECD',
    aliases: ['Organisation for Economic Cooperation and Development (OECD)'],
    bio: 'Intergovernmental economic organisation based in Paris.',
    website: 'https://www.oecd.org',
  },
  {
    key: 'interpol',
    kind: 'organisation',
    name: 'International Criminal Police Organization',
    shortName: 'INTERPOL',
    aliases: ['Interpol'],
    bio: 'International police cooperation organisation based in Lyon.',
    website: 'https://www.interpol.int',
  },
  {
    key: 'arab-league',
    kind: 'organisation',
    name: 'League of Arab States',
    shortName: 'Arab League',
    aliases: ['Arab League'],
    bio: 'Regional organisation of Arab states, headquartered in Cairo.',
  },
  {
    key: 'icrc',
    kind: 'organisation',
    name: 'International Committee of the Red Cross',
    shortName: 'ICRC',
    aliases: ['International Committee of the Red Cross (ICRC)'],
    bio: 'Independent humanitarian organisation based in Geneva; observer in the UN General Assembly.',
    website: 'https://www.icrc.org',
  },
  {
    key: 'european-union',
    kind: 'organisation',
    name: 'European Union',
    shortName: 'EU',
    aliases: ['EU', 'EU countries'],
    bio: 'Political and economic union of European states.',
    website: 'https://european-union.europa.eu',
    editorNote:
      'Text 000 lists "EU countries" among the attendees without naming them (Italy, Lithuania and Romania are named separately); they are represented by this record.',
  },
  {
    key: 'osce',
    kind: 'organisation',
    name: 'Organization for Security and Co-operation in Europe',
    shortName: 'OSCE',
    aliases: ['OSCE'],
    bio: 'Regional security organisation based in Vienna.',
    website: 'https://www.osce.org',
  },
  {
    key: 'asean',
    kind: 'organisation',
    name: 'Association of Southeast Asian Nations',
    shortName: 'ASEAN',
    aliases: ['ASEAN'],
    bio: 'Regional organisation of ten Southeast Asian states, based in Jakarta.',
    website: 'https://asean.org',
  },
  {
    key: 'aies',
    kind: 'organisation',
    name: 'Austrian Institute for European and Security Policy',
    shortName: 'AIES',
    aliases: ['AIES'],
    bio: 'Austrian research institute on European integration and security policy (Österreichisches Institut für Europäische Sicherheitspolitik), presided by Werner Fasslabend.',
  },
  {
    key: 'russia-permanent-mission-to-the-un',
    kind: 'organisation',
    name: 'Permanent Mission of the Russian Federation to the United Nations',
    aliases: ["Russia's Permanent Mission to the UN"],
    bio: 'Russia’s diplomatic mission to the United Nations in New York; co-organiser of the 2019 UN-SCO high-level event.',
  },
  {
    key: 'paris-pact-initiative',
    kind: 'organisation',
    name: 'Paris Pact Initiative',
    bio: 'International partnership launched in Paris in 2003 and supported by UNODC to counter trafficking in and consumption of opiates originating in Afghanistan.',
    editorNote:
      'An initiative, not a document: it is recorded as a participant (a partnership of states and organisations).',
  },
  {
    key: 'afghan-government',
    kind: 'organisation',
    name: 'Government of the Islamic Republic of Afghanistan',
    aliases: ['Afghan Government'],
    bio: 'Government of Afghanistan from 2004 until August 2021; a party to the inter-Afghan talks foreseen by the Doha agreement of February 2020.',
    editorNote: 'Text 004 refers to it as a party to the intended inter-Afghan talks.',
  },
  {
    key: 'taliban',
    kind: 'organisation',
    name: 'Taliban',
    bio: 'Afghan Islamist movement and armed group; signed the Agreement for Bringing Peace to Afghanistan with the United States in Doha on 29 February 2020 and took power in Kabul in August 2021.',
  },
  {
    key: 'islamic-state',
    kind: 'organisation',
    name: 'Islamic State',
    aliases: ['ISIL', 'ISIS', "Da'esh"],
    bio: 'Jihadist terrorist group, also known as ISIL, ISIS or Da’esh, designated by the UN Security Council.',
  },
  {
    key: 'al-qaeda',
    kind: 'organisation',
    name: 'al-Qaeda',
    bio: 'Transnational jihadist terrorist network founded in the late 1980s, designated by the UN Security Council.',
  },
]

/** SCO status dates: founding 2001-06-15 (Shanghai), summits 2004-06-17 (Tashkent), 2005-07-05 (Astana),
 * 2009-06-16 (Yekaterinburg), 2012-06-07 (Beijing), 2015-07-10 (Ufa), 2017-06-09 (Astana),
 * 2021-09-17 (Dushanbe), 2023-07-04 (New Delhi, virtual), 2024-07-04 (Astana). */
const countries: ParticipantSeed[] = [
  // Member states
  {
    key: 'china',
    kind: 'country',
    name: 'China',
    aliases: ["People's Republic of China"],
    scoStatus: [{ status: 'member-state', from: '2001-06-15' }],
  },
  {
    key: 'russia',
    kind: 'country',
    name: 'Russian Federation',
    shortName: 'Russia',
    aliases: ['Russia'],
    scoStatus: [{ status: 'member-state', from: '2001-06-15' }],
  },
  {
    key: 'kazakhstan',
    kind: 'country',
    name: 'Kazakhstan',
    aliases: ['Republic of Kazakhstan'],
    scoStatus: [{ status: 'member-state', from: '2001-06-15' }],
  },
  {
    key: 'kyrgyzstan',
    kind: 'country',
    name: 'Kyrgyzstan',
    aliases: ['Kyrgyz Republic'],
    scoStatus: [{ status: 'member-state', from: '2001-06-15' }],
  },
  {
    key: 'tajikistan',
    kind: 'country',
    name: 'Tajikistan',
    aliases: ['Republic of Tajikistan'],
    scoStatus: [{ status: 'member-state', from: '2001-06-15' }],
  },
  {
    key: 'uzbekistan',
    kind: 'country',
    name: 'Uzbekistan',
    aliases: ['Republic of Uzbekistan'],
    scoStatus: [{ status: 'member-state', from: '2001-06-15' }],
  },
  {
    key: 'india',
    kind: 'country',
    name: 'India',
    aliases: ['Republic of India'],
    scoStatus: [
      { status: 'observer', from: '2005-07-05', to: '2017-06-09' },
      { status: 'member-state', from: '2017-06-09' },
    ],
  },
  {
    key: 'pakistan',
    kind: 'country',
    name: 'Pakistan',
    aliases: ['Islamic Republic of Pakistan'],
    scoStatus: [
      { status: 'observer', from: '2005-07-05', to: '2017-06-09' },
      { status: 'member-state', from: '2017-06-09' },
    ],
  },
  {
    key: 'iran',
    kind: 'country',
    name: 'Iran',
    scoStatus: [
      { status: 'observer', from: '2005-07-05', to: '2023-07-04' },
      { status: 'member-state', from: '2023-07-04' },
    ],
  },
  {
    key: 'belarus',
    kind: 'country',
    name: 'Belarus',
    scoStatus: [
      { status: 'dialogue-partner', from: '2009-06-16', to: '2015-07-10' },
      { status: 'observer', from: '2015-07-10', to: '2024-07-04' },
      { status: 'member-state', from: '2024-07-04' },
    ],
  },

  // Observers
  {
    key: 'mongolia',
    kind: 'country',
    name: 'Mongolia',
    scoStatus: [{ status: 'observer', from: '2004-06-17' }],
  },
  {
    key: 'afghanistan',
    kind: 'country',
    name: 'Afghanistan',
    scoStatus: [{ status: 'observer', from: '2012-06-07' }],
    editorNote:
      'Observer since the Beijing summit of June 2012. Since August 2021 Afghanistan has not taken part in SCO meetings; the status is recorded as it stood at the time of the events (2017–2020).',
  },

  // Dialogue partners
  {
    key: 'sri-lanka',
    kind: 'country',
    name: 'Sri Lanka',
    scoStatus: [{ status: 'dialogue-partner', from: '2009-06-16' }],
  },
  {
    key: 'turkey',
    kind: 'country',
    name: 'Türkiye',
    shortName: 'Turkey',
    aliases: ['Turkey'],
    scoStatus: [{ status: 'dialogue-partner', from: '2012-06-07' }],
    editorNote: 'The texts (2018–2019) say "Turkey"; the country’s UN name has been Türkiye since June 2022.',
  },
  {
    key: 'azerbaijan',
    kind: 'country',
    name: 'Azerbaijan',
    scoStatus: [{ status: 'dialogue-partner', from: '2015-07-10' }],
  },
  {
    key: 'armenia',
    kind: 'country',
    name: 'Armenia',
    scoStatus: [{ status: 'dialogue-partner', from: '2015-07-10' }],
  },
  {
    key: 'cambodia',
    kind: 'country',
    name: 'Cambodia',
    scoStatus: [{ status: 'dialogue-partner', from: '2015-07-10' }],
  },
  {
    key: 'nepal',
    kind: 'country',
    name: 'Nepal',
    scoStatus: [{ status: 'dialogue-partner', from: '2015-07-10' }],
  },
  {
    key: 'egypt',
    kind: 'country',
    name: 'Egypt',
    scoStatus: [{ status: 'dialogue-partner', from: '2021-09-17' }],
    editorNote:
      'Dialogue-partner status was granted by decision of the Dushanbe summit of 17 September 2021 (the memorandum followed later); at the time of the 2019 event Egypt had no SCO status.',
  },
  {
    key: 'qatar',
    kind: 'country',
    name: 'Qatar',
    scoStatus: [{ status: 'dialogue-partner', from: '2021-09-17' }],
    editorNote:
      'Dialogue-partner status was granted by decision of the Dushanbe summit of 17 September 2021 (the memorandum followed later); at the time of the 2018 and 2019 events Qatar had no SCO status.',
  },
  {
    key: 'saudi-arabia',
    kind: 'country',
    name: 'Saudi Arabia',
    scoStatus: [{ status: 'dialogue-partner', from: '2021-09-17' }],
    editorNote:
      'Dialogue-partner status was granted by decision of the Dushanbe summit of 17 September 2021 (the memorandum followed later); at the time of the 2018 and 2019 events Saudi Arabia had no SCO status.',
  },

  // Other countries named in the texts
  {
    key: 'argentina',
    kind: 'country',
    name: 'Argentina',
  },
  {
    key: 'bahrain',
    kind: 'country',
    name: 'Bahrain',
    aliases: ['Bahrein'],
    editorNote:
      'Text 000 spells it "Bahrein" (an older English spelling, also the French form); the release keeps the source spelling. No SCO status is recorded: it had none at the time of the events.',
  },
  {
    key: 'brunei',
    kind: 'country',
    name: 'Brunei Darussalam',
    shortName: 'Brunei',
    aliases: ['Brunei'],
  },
  {
    key: 'canada',
    kind: 'country',
    name: 'Canada',
  },
  {
    key: 'central-african-republic',
    kind: 'country',
    name: 'Central African Republic',
  },
  {
    key: 'colombia',
    kind: 'country',
    name: 'Colombia',
    aliases: ['Columbia'],
    editorNote: 'Text 000 misspells it "Columbia"; the release keeps the source spelling.',
  },
  {
    key: 'comoros',
    kind: 'country',
    name: 'Comoros',
    aliases: ['the Comoros'],
  },
  {
    key: 'congo',
    kind: 'country',
    name: 'Republic of the Congo',
    shortName: 'Congo',
    aliases: ['Congo'],
    editorNote:
      'Text 000 says only "Congo". In UN usage "Congo" is the Republic of the Congo (Brazzaville), the Democratic Republic of the Congo being named in full, so that reading is used; the source does not settle it.',
  },
  {
    key: 'cuba',
    kind: 'country',
    name: 'Cuba',
  },
  {
    key: 'united-kingdom',
    kind: 'country',
    name: 'United Kingdom',
    aliases: ['Great Britain'],
    editorNote:
      'Text 000 says "Great Britain"; the UN member state is the United Kingdom of Great Britain and Northern Ireland.',
  },
  {
    key: 'italy',
    kind: 'country',
    name: 'Italy',
  },
  {
    key: 'lithuania',
    kind: 'country',
    name: 'Lithuania',
  },
  {
    key: 'morocco',
    kind: 'country',
    name: 'Morocco',
  },
  {
    key: 'mozambique',
    kind: 'country',
    name: 'Mozambique',
  },
  {
    key: 'philippines',
    kind: 'country',
    name: 'Philippines',
    aliases: ['the Philippines'],
  },
  {
    key: 'romania',
    kind: 'country',
    name: 'Romania',
  },
  {
    key: 'somalia',
    kind: 'country',
    name: 'Somalia',
  },
  {
    key: 'united-states',
    kind: 'country',
    name: 'United States',
    aliases: ['United States of America', 'the United States'],
  },
  {
    key: 'zimbabwe',
    kind: 'country',
    name: 'Zimbabwe',
  },
  {
    key: 'greece',
    kind: 'country',
    name: 'Greece',
  },
  {
    key: 'madagascar',
    kind: 'country',
    name: 'Madagascar',
  },
  {
    key: 'bangladesh',
    kind: 'country',
    name: 'Bangladesh',
  },
  {
    key: 'guatemala',
    kind: 'country',
    name: 'Guatemala',
  },
  {
    key: 'israel',
    kind: 'country',
    name: 'Israel',
  },
  {
    key: 'syria',
    kind: 'country',
    name: 'Syria',
  },
  {
    key: 'iraq',
    kind: 'country',
    name: 'Iraq',
  },
  {
    key: 'austria',
    kind: 'country',
    name: 'Austria',
    aliases: ['Austrian'],
    editorNote:
      'Text 004 names Austria only through "various Austrian research and analytical centres" (and AIES).',
  },
]

export const participants: ParticipantSeed[] = [...people, ...organisations, ...countries]
