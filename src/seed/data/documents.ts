import type { DocumentSeed } from '../schema'

/** Every document the five source texts name or cite. */
export const documents: DocumentSeed[] = [
  // UN–SCO relations
  {
    key: 'a-res-59-48',
    title: 'Observer status for the Shanghai Cooperation Organization in the General Assembly',
    type: 'resolution',
    symbol: 'A/RES/59/48',
    date: '2004-12-02',
    place: 'New York',
    parties: ['un-general-assembly', 'sco'],
    summary:
      'UN General Assembly resolution adopted at the 65th plenary meeting of the 59th session, granting the SCO observer status: the right to take part in the sessions and work of the General Assembly as an observer.',
    link: 'https://undocs.org/A/RES/59/48',
    related: ['a-res-71-14', 'sco-un-secretariats-joint-declaration-2010'],
    editorNote:
      'Text 000 writes the symbol with a Cyrillic "А" (А/RES/59/48) and the title with "Organisation"; the Latin symbol and the UN’s official title ("Organization") are stored here.',
  },
  {
    key: 'sco-un-secretariats-joint-declaration-2010',
    title: 'Joint Declaration on Cooperation between the SCO and UN Secretariats',
    type: 'declaration',
    date: '2010-04-05',
    place: 'Tashkent',
    parties: ['sco-secretariat', 'un-secretariat'],
    summary:
      'Declaration signed in Tashkent by the SCO Secretary-General and the UN Secretary-General, stipulating, among other things, the determination to further promote their communications and information exchange. With the 2011 SCO Secretariat–UNODC memorandum it forms the institutional basis of SCO–UN cooperation.',
    related: ['sco-unodc-mou-2011', 'a-res-59-48'],
    editorNote:
      'Text 000 calls it the "Joint Declaration on Cooperation between the SCO and UN Secretariats", text 003 the "Joint Declaration on Cooperation between UN and SCO Secretariats"; both give Tashkent, 5 April 2010.',
  },
  {
    key: 'sco-unodc-mou-2011',
    title:
      'Memorandum of Understanding between the SCO Secretariat and the United Nations Office on Drugs and Crime',
    type: 'memorandum',
    date: '2011-06-14',
    place: 'Astana',
    parties: ['sco-secretariat', 'unodc'],
    summary:
      'Memorandum opening broad opportunities for regular interaction between the SCO Secretariat and UNODC, including within the framework of the Paris Pact Initiative.',
    related: ['sco-un-secretariats-joint-declaration-2010'],
    editorNote:
      'Text 003 gives the date twice: "In June 2011" in Alimov’s quote and "Astana, 14 June 2011" in the background paragraph. The two agree; the full date is used.',
  },
  {
    key: 'a-res-71-14',
    title: 'Cooperation between the United Nations and the Shanghai Cooperation Organization',
    type: 'resolution',
    symbol: 'A/RES/71/14',
    date: '2016-11-21',
    place: 'New York',
    parties: ['un-general-assembly'],
    summary:
      'General Assembly resolution of November 2016 on cooperation between the UN and the SCO which, in the words of SCO Secretary-General Rashid Alimov, gave a new impetus to SCO–UNODC cooperation.',
    related: ['a-res-59-48'],
    editorNote:
      'Alimov’s words are from text 003, which gives only "The November 2016 UN General Assembly Resolution on Cooperation between the United Nations and the Shanghai Cooperation Organisation". The Assembly adopted it on 21 November 2016 (48th plenary meeting). The symbol is to be confirmed: the Assembly’s later resolution 75/69, as reported by the SCO Secretariat, recalls it as resolution 71/14, which is stored here (A/RES/71/6 has also been suggested); no link is given until it is checked in the UN Official Document System.',
  },

  // SCO documents
  {
    key: 'sco-charter',
    title: 'Charter of the Shanghai Cooperation Organisation',
    type: 'charter',
    date: '2002-06-07',
    place: 'Saint Petersburg',
    parties: ['china', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan'],
    summary:
      'The SCO’s founding treaty, signed by the heads of state of the six founding member states; it sets out the organisation’s goals, principles and bodies.',
    related: ['sco-development-strategy-2025'],
    editorNote: 'Text 004 refers to "the goals of its Charter" and the SCO’s "charter bodies".',
  },
  {
    key: 'sco-convention-against-terrorism',
    title: 'Shanghai Cooperation Organisation Convention against Terrorism',
    type: 'convention',
    date: '2009-06-16',
    place: 'Yekaterinburg',
    parties: ['china', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan', 'uzbekistan'],
    summary:
      'SCO convention on cooperation in countering terrorism, signed at the Yekaterinburg summit. It is open for signing by any interested country.',
    related: ['sco-convention-on-countering-extremism'],
    editorNote: 'Text 004 notes that it is open for signing by any interested country.',
  },
  {
    key: 'sco-convention-on-countering-extremism',
    title: 'Shanghai Cooperation Organisation Convention on Countering Extremism',
    type: 'convention',
    date: '2017-06-09',
    place: 'Astana',
    parties: ['sco'],
    summary:
      'SCO convention on countering extremism, signed at the Astana summit of June 2017. It is open for signing by any interested country.',
    related: ['sco-convention-against-terrorism'],
    editorNote:
      'Text 004 notes that it is open for signing by any interested country. Signed by the heads of state at the Astana summit; the list of signatory states is not recorded here.',
  },
  {
    key: 'sco-development-strategy-2025',
    title: 'Development Strategy of the Shanghai Cooperation Organisation until 2025',
    type: 'strategy',
    date: '2015-07-10',
    place: 'Ufa',
    parties: ['sco'],
    summary:
      'The SCO’s long-term strategy, adopted at the Ufa summit of July 2015. According to SCO Secretary-General Rashid Alimov, the leaders reaffirmed at the Qingdao summit the SCO policy of promoting cooperation with the UN in keeping with this strategy.',
    related: ['sco-charter'],
    editorNote:
      'Alimov’s account is from text 002, which names the strategy without date or place; they come from the SCO record of the Ufa summit.',
  },
  {
    key: 'sco-joint-address-to-youth-2018',
    title: 'Joint Address of the Heads of State of the SCO Member States to Youth',
    type: 'declaration',
    date: '2018-06-10',
    place: 'Qingdao',
    parties: ['sco'],
    summary:
      'Address of the SCO heads of state to young people, adopted at the Qingdao summit; the programme of action drawn from it aims to expose terrorist ideology and support young people’s socialisation.',
    related: ['sco-youth-programme-of-action-2018'],
    editorNote:
      'Text 004 speaks of "the joint addresses of the presidents of the SCO member countries" and a programme of action formulated from them; the address itself is recorded here so that the programme can refer to it.',
  },
  {
    key: 'sco-youth-programme-of-action-2018',
    title:
      'Programme of Action for the implementation of the Joint Address of the SCO Heads of State to Youth',
    type: 'programme',
    date: '2018-06-10',
    place: 'Qingdao',
    parties: ['sco'],
    summary:
      'Programme adopted at the Qingdao summit in 2018 and intended for the younger generation: it pursues an educational and information policy that can expose terrorist ideology, create conditions for young people’s successful socialisation and develop inter-cultural and inter-civilisation dialogue in the Shanghai Spirit.',
    related: ['sco-joint-address-to-youth-2018'],
    editorNote:
      'Text 004 says only "Adopted at the Qingdao summit in 2018"; 10 June 2018, the day of the summit’s main session, is used as the date. The exact official title is not given in the text.',
  },
  {
    key: 'sco-afghanistan-contact-group-roadmap-2019',
    title: 'Roadmap for Further Action of the SCO–Afghanistan Contact Group',
    type: 'roadmap',
    date: '2019-06-14',
    place: 'Bishkek',
    parties: ['sco', 'afghanistan'],
    summary:
      'Roadmap endorsed at the Bishkek summit in 2019 on which the SCO’s cooperation with Kabul is based: it aims at Afghanistan’s economic recovery, at curbing international terrorist groups based there and at countering illegal drug trafficking and illegal migration.',
    editorNote:
      'Text 004 says only "the roadmap endorsed at its summit in Bishkek in 2019"; title and date (14 June 2019) come from the summit record.',
  },

  // Other documents
  {
    key: 'eu-strategy-central-asia-2019',
    title: 'EU Strategy on Central Asia',
    type: 'strategy',
    date: '2019-06-17',
    parties: ['european-union'],
    summary:
      'The EU’s revised strategy for Central Asia (joint communication "The EU and Central Asia: New Opportunities for a Stronger Partnership", endorsed by the Council). As SCO Secretary-General Vladimir Norov noted, it prioritises international cooperation against extremism and radicalism and the funding of terrorism, and encourages an open, free and safe cyberspace.',
    editorNote:
      'Norov’s remarks are from text 004, which says the EU adopted its revised strategy on Central Asia "on July 17, 2019". The Council of the EU adopted it on 17 June 2019 (the joint communication is dated 15 May 2019), so 2019-06-17 is stored; the release keeps the source wording.',
  },
  {
    key: 'us-taliban-agreement-2020',
    title: 'Agreement for Bringing Peace to Afghanistan',
    type: 'agreement',
    date: '2020-02-29',
    place: 'Doha',
    parties: ['united-states', 'taliban'],
    summary:
      'Agreement between the United States and the Taliban signed in Doha on 29 February 2020, which Vladimir Norov called an important event for the peace process in Afghanistan. The Taliban pledged not to use terrorism as a method of political struggle and to prevent Afghanistan from becoming a haven for the Islamic State and al-Qaeda.',
    editorNote:
      'Norov’s assessment is from text 004, which calls it "an agreement between the United States and the Taliban"; the title is the agreement’s own.',
  },

  // The three basic UN drug control conventions (text 003)
  {
    key: 'single-convention-on-narcotic-drugs-1961',
    title: 'Single Convention on Narcotic Drugs, 1961',
    type: 'convention',
    date: '1961-03-30',
    place: 'New York',
    parties: ['united-nations'],
    summary:
      'The first of the three basic UN drug control conventions on which the international drug control system rests.',
    related: ['convention-on-psychotropic-substances-1971', 'convention-against-illicit-traffic-1988'],
    editorNote:
      'Text 003 refers only to "the three basic UN conventions"; the three are recorded separately.',
  },
  {
    key: 'convention-on-psychotropic-substances-1971',
    title: 'Convention on Psychotropic Substances, 1971',
    type: 'convention',
    date: '1971-02-21',
    place: 'Vienna',
    parties: ['united-nations'],
    summary:
      'The second of the three basic UN drug control conventions, extending international control to psychotropic substances.',
    related: ['single-convention-on-narcotic-drugs-1961', 'convention-against-illicit-traffic-1988'],
  },
  {
    key: 'convention-against-illicit-traffic-1988',
    title:
      'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances, 1988',
    type: 'convention',
    date: '1988-12-20',
    place: 'Vienna',
    parties: ['united-nations'],
    summary:
      'The third of the three basic UN drug control conventions, directed against illicit drug trafficking.',
    related: ['single-convention-on-narcotic-drugs-1961', 'convention-on-psychotropic-substances-1971'],
  },
]
