import type { SpeechSeed } from '../schema'

const noTextInSource = 'The source names the speaker but gives no text or summary of the remarks.'

/**
 * Every speech, statement and report the source texts attribute to a speaker. `text` holds what the
 * source gives (reported speech included); `quotes` are copied verbatim from it, without the
 * surrounding quotation marks and the comma that introduces the attribution.
 */
export const speeches: SpeechSeed[] = [
  // Third UN-SCO high-level special event, New York, 19 November 2019 (text 000)
  {
    key: 'norov-un-sco-2019-opening-remarks',
    title:
      'Remarks by SCO Secretary-General Vladimir Norov at the opening of the UN-SCO high-level special event',
    speaker: 'vladimir-norov',
    event: 'un-sco-high-level-event-2019',
    date: '2019-11-19',
    delivery: 'as-delivered',
    text: [
      'In his remarks, the SCO Secretary-General said that holding special UN-SCO events has become a good tradition that underscores the special relationship between the two organisations.',
      "Mr Norov pointed out that having failed in its attempts to establish its own quasi-state in Syria and Iraq the ‘global terrorist international' is about to change tactics by spreading out across the world and forming a network of sleeper cells and lone terrorists.",
      '"It is becoming increasingly obvious that the close links that are emerging between terrorism and transnational organised crime are feeding terrorist organisations that seek to take drug trafficking under their control and use it not just as a source of revenue, but also by exploiting the contraband routes for moving foreign terrorist fighters around," the SCO Secretary-General added.',
      'In this context, it was noted that the SCO is diligently following the problem of the emerging nexus between international terrorist groups and organised crime: "An extensive and efficient system for enabling the relevant ministries and agencies of the SCO member states to work together and carry out the corresponding joint events have been created in order to counter these dangerous developments."',
      'Mr Norov pointed out the progress in UN-SCO cooperation in a number of key spheres, adding that there was new momentum in the collaboration between the SCO Secretariat and the UN Office of Counter-Terrorism, UNODC and other specialised UN agencies.',
      'He went on to share his concerns regarding the growing drug production and trafficking in Afghanistan, the use of the internet for terrorist and extremist purposes, the fact that international terrorist organisations use the latest financial tools and payment systems, attempts by terrorist organisations to access radioactive and toxic agents, unmanned aerial vehicles and other kinds of robotics. He also drew the attention of the participants to the need to stop the spread of radical ideas among young people, as well as to work with the civil society and the media to counter the terrorist narrative.',
      'The SCO remains committed to providing a reliable framework for Eurasia\'s integrated and indivisible security architecture by effectively supplementing global efforts to deprive terrorism of its human, ideological and financial resources and prevent it from fusing with transnational organised crime. "We are open to constructive dialogue and cooperation with all interested countries, international and regional institutions to build a common future that would be safe and prosperous," the SCO Secretary-General said.',
    ],
    quotes: [
      'It is becoming increasingly obvious that the close links that are emerging between terrorism and transnational organised crime are feeding terrorist organisations that seek to take drug trafficking under their control and use it not just as a source of revenue, but also by exploiting the contraband routes for moving foreign terrorist fighters around',
      'An extensive and efficient system for enabling the relevant ministries and agencies of the SCO member states to work together and carry out the corresponding joint events have been created in order to counter these dangerous developments.',
      'We are open to constructive dialogue and cooperation with all interested countries, international and regional institutions to build a common future that would be safe and prosperous',
    ],
    editorNote:
      'Reported in text 000. The second quote ("An extensive and efficient system…") is introduced only by "it was noted that", not attributed by name; it is placed here because the surrounding paragraphs report Norov’s remarks.',
  },
  {
    key: 'norov-un-sco-2019-closing-remarks',
    title: 'Closing remarks by SCO Secretary-General Vladimir Norov at the UN-SCO high-level special event',
    speaker: 'vladimir-norov',
    event: 'un-sco-high-level-event-2019',
    date: '2019-11-19',
    delivery: 'as-delivered',
    text: [
      'In his closing remarks, Mr Norov emphasised that the presentations by SCO member states, observers, dialogue partners and other countries and international organisations all demonstrated their shared commitment to counter the evil of terrorism and cross-border challenges and threats. "The SCO is determined to contribute proactively to this process and to take ownership of efforts to consolidate peace, regional security and stability, and to fight terrorism, drug trafficking and other kinds of criminal activity," he concluded.',
    ],
    quotes: [
      'The SCO is determined to contribute proactively to this process and to take ownership of efforts to consolidate peace, regional security and stability, and to fight terrorism, drug trafficking and other kinds of criminal activity',
    ],
  },
  {
    key: 'guterres-un-sco-2019-remarks',
    title:
      'Remarks by UN Secretary-General António Guterres at the opening of the UN-SCO high-level special event',
    speaker: 'antonio-guterres',
    event: 'un-sco-high-level-event-2019',
    date: '2019-11-19',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },
  {
    key: 'morgulov-un-sco-2019-remarks',
    title:
      'Remarks by Deputy Foreign Minister of the Russian Federation Igor Morgulov at the opening of the UN-SCO high-level special event',
    speaker: 'igor-morgulov',
    event: 'un-sco-high-level-event-2019',
    date: '2019-11-19',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },
  {
    key: 'giyosov-un-sco-2019-remarks',
    title:
      'Remarks by Director of the SCO RATS Executive Committee Jumakhon Giyosov at the opening of the UN-SCO high-level special event',
    speaker: 'jumakhon-giyosov',
    event: 'un-sco-high-level-event-2019',
    date: '2019-11-19',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },

  // Second UN-SCO high-level special event, New York, 27 November 2018 (texts 001 and 002)
  {
    key: 'alimov-un-sco-2018-remarks',
    title: 'Remarks by SCO Secretary-General Rashid Alimov at the second UN-SCO high-level special event',
    speaker: 'rashid-alimov',
    event: 'un-sco-high-level-event-2018',
    date: '2018-11-27',
    delivery: 'as-delivered',
    text: [
      'SCO Secretary-General Rashid Alimov said in his remarks that the holding of joint special events the UN and the SCO launched two years ago had become a good tradition. "We hold meetings at the UN Headquarters to discuss steps aimed at building up our efforts towards stronger peace, security and stability," Mr Alimov said.',
      'The SCO Secretary-General mentioned major changes in the SCO development that took place over the past two years, the most important of which was the SCO expansion through the granting of full membership to India and Pakistan. "This event has changed the quality and added dynamics to the SCO, which stands for close fruitful interaction in building a fairer and more balanced world order based on equal, common, indivisible, comprehensive and stable security and respect for the interests of each and all states in accordance with the norms and principles of international law," Mr Alimov said. "The SCO member states have always emphasised the leading role of the UN in maintaining international peace and security and encouraging global development. At their summit in Qingdao, the leaders of the SCO member states reaffirmed the SCO policy of promoting cooperation with the UN in a broad range of spheres in keeping with the SCO Development Strategy until 2025.',
      'In this connection Rashid Alimov stressed the importance of this approach in the current period of major change and increasing instability and uncertainty. "There is persistent instability in the global economy amid the growing risks of terrorism and extremism, illegal drug trafficking, organised crime and climate change. To combat these global challenges, the international community must develop effective collective approaches," the SCO Secretary-General said.',
      "He also spoke about the deepening of the UN-SCO interaction in the main fields of cooperation, the improved quality and rapid development of the SCO's ties with the UN Secretariat and Office of Counter-Terrorism, the new practical aspects of interaction with the UN Office on Drugs and Crime and ESCAP, as well as the development of close ties with UNESCO.",
      '"Our ongoing dialogue with the UN in New York, Bangkok and Vienna, as well as at other international venues, helps coordinate and consolidate the fight against terrorism, illegal drug trafficking and organised crime and address socioeconomic development targets," Rashid Alimov noted.',
      '"We can say with confidence that the SCO has become a reliable partner for the UN in Eurasia, where we are contributing to the UN search for solutions to grave modern problems," Mr Alimov said.',
      'He also expressed confidence that "the deepening of cooperation and the expansion of the range of cooperation spheres between the UN and the SCO will produce a synergy of efforts towards an effective and comprehensive attainment of the goals of stronger peace and security and sustainable development."',
    ],
    quotes: [
      'We hold meetings at the UN Headquarters to discuss steps aimed at building up our efforts towards stronger peace, security and stability',
      'This event has changed the quality and added dynamics to the SCO, which stands for close fruitful interaction in building a fairer and more balanced world order based on equal, common, indivisible, comprehensive and stable security and respect for the interests of each and all states in accordance with the norms and principles of international law',
      'The SCO member states have always emphasised the leading role of the UN in maintaining international peace and security and encouraging global development. At their summit in Qingdao, the leaders of the SCO member states reaffirmed the SCO policy of promoting cooperation with the UN in a broad range of spheres in keeping with the SCO Development Strategy until 2025.',
      'There is persistent instability in the global economy amid the growing risks of terrorism and extremism, illegal drug trafficking, organised crime and climate change. To combat these global challenges, the international community must develop effective collective approaches',
      'Our ongoing dialogue with the UN in New York, Bangkok and Vienna, as well as at other international venues, helps coordinate and consolidate the fight against terrorism, illegal drug trafficking and organised crime and address socioeconomic development targets',
      'We can say with confidence that the SCO has become a reliable partner for the UN in Eurasia, where we are contributing to the UN search for solutions to grave modern problems',
      'the deepening of cooperation and the expansion of the range of cooperation spheres between the UN and the SCO will produce a synergy of efforts towards an effective and comprehensive attainment of the goals of stronger peace and security and sustainable development.',
    ],
    editorNote:
      'Reported in text 002 (text 001 calls it a report). In the source the quote beginning "The SCO member states have always emphasised" has no closing quotation mark; it is taken to end with the paragraph. The last quote is a partial quote that begins in lower case in the source.',
  },
  {
    key: 'guterres-un-sco-2018-report',
    title: 'Report by UN Secretary-General António Guterres at the second UN-SCO high-level special event',
    speaker: 'antonio-guterres',
    event: 'un-sco-high-level-event-2018',
    date: '2018-11-27',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },
  {
    key: 'sysoyev-un-sco-2018-report',
    title:
      'Report by Director of the SCO RATS Executive Committee Yevgeny Sysoyev at the second UN-SCO high-level special event',
    speaker: 'yevgeny-sysoyev',
    event: 'un-sco-high-level-event-2018',
    date: '2018-11-27',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },
  {
    key: 'voronkov-un-sco-2018-report',
    title:
      'Report by UN Under-Secretary-General and Chief of the UN Counter-Terrorism Office Vladimir Voronkov at the second UN-SCO high-level special event',
    speaker: 'vladimir-voronkov',
    event: 'un-sco-high-level-event-2018',
    date: '2018-11-27',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },
  {
    key: 'monasebian-un-sco-2018-report',
    title:
      'Report by Director of the UNODC New York Liaison Office Simone Monasebian at the second UN-SCO high-level special event',
    speaker: 'simone-monasebian',
    event: 'un-sco-high-level-event-2018',
    date: '2018-11-27',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },

  // Meeting of the SCO Secretary-General with the UNODC Executive Director, Vienna, 14 March 2017 (text 003)
  {
    key: 'fedotov-sco-unodc-meeting-2017-statement',
    title:
      'Statement by UNODC Executive Director Yury Fedotov at his meeting with SCO Secretary-General Rashid Alimov',
    speaker: 'yury-fedotov',
    event: 'sco-unodc-meeting-vienna-2017',
    date: '2017-03-14',
    delivery: 'as-delivered',
    text: [
      "UN Under-Secretary-General Fedotov thanked SCO Secretary-General Alimov for attending the anniversary meeting of the 60th session of the United Nations Commission on Narcotic Drugs (CND). He also noted that the success of a joint special high-level event dedicated to UN-SCO anti-drug cooperation held in Vienna the day before and the key events at the UN headquarters in New York in November 2016 were a good illustration of the growing cooperation potential and the two organisations' readiness to bring their interaction to a qualitatively new level.",
      '"We regard the SCO as an active partner within a broad interaction mandate," Yury Fedotov said. "Our joint cooperation includes efforts to counter not only the drug threat but also organised crime. It is of particular importance for us to demonstrate results of cooperation with regional partners, specifically the SCO, in the context of the Organisation\'s expansion. For our part, we are ready to take resolute steps to fill our cooperation with a qualitatively new content."',
    ],
    quotes: [
      'We regard the SCO as an active partner within a broad interaction mandate',
      "Our joint cooperation includes efforts to counter not only the drug threat but also organised crime. It is of particular importance for us to demonstrate results of cooperation with regional partners, specifically the SCO, in the context of the Organisation's expansion. For our part, we are ready to take resolute steps to fill our cooperation with a qualitatively new content.",
    ],
  },
  {
    key: 'alimov-sco-unodc-meeting-2017-statement',
    title:
      'Statement by SCO Secretary-General Rashid Alimov at his meeting with UNODC Executive Director Yury Fedotov',
    speaker: 'rashid-alimov',
    event: 'sco-unodc-meeting-vienna-2017',
    date: '2017-03-14',
    delivery: 'as-delivered',
    text: [
      'Secretary-General Alimov, in turn, stressed that the SCO regarded interaction with the UN and its specialised offices, primarily the UNODC, as its priority. "In June 2011, the Memorandum of Understanding between the SCO Secretariat and the UNODC was signed, opening broad opportunities for interaction on the regular basis, including within the framework of the Paris Pact Initiative. The November 2016 UN General Assembly Resolution on Cooperation between the United Nations and the Shanghai Cooperation Organisation gave a new impetus to this cooperation. We are interested in expanding the experience we have accumulated on the anti-drug track and in potential building," Rashid Alimov said.',
      'He also emphasised that the heads of the SCO member states paid much attention to countering the drug threat and expressed constant concern over its aggravation. "At the SCO Summit in Astana in June of this year, the leaders are expected to reiterate their firm commitment to the policy of preserving and strengthening the existing international drug control system based on the three basic UN conventions," he said.',
      'Rashid Alimov thanked Yury Fedotov and in his person all high-ranking UNODC officials for their support, professionalism and cooperation with the SCO Secretariat in holding the first successful SCO-UNODC event in Vienna. "Over the last few months, we laid a firm foundation for holding joint UN-SCO events in various areas. I am confident that this will become a tradition," he said.',
    ],
    quotes: [
      'In June 2011, the Memorandum of Understanding between the SCO Secretariat and the UNODC was signed, opening broad opportunities for interaction on the regular basis, including within the framework of the Paris Pact Initiative. The November 2016 UN General Assembly Resolution on Cooperation between the United Nations and the Shanghai Cooperation Organisation gave a new impetus to this cooperation. We are interested in expanding the experience we have accumulated on the anti-drug track and in potential building',
      'At the SCO Summit in Astana in June of this year, the leaders are expected to reiterate their firm commitment to the policy of preserving and strengthening the existing international drug control system based on the three basic UN conventions',
      'Over the last few months, we laid a firm foundation for holding joint UN-SCO events in various areas. I am confident that this will become a tradition',
    ],
    editorNote:
      '"The SCO Summit in Astana in June of this year" is the Astana summit of 8–9 June 2017; "the three basic UN conventions" are the drug control conventions of 1961, 1971 and 1988.',
  },

  // Roundtable with the Austrian Institute for European and Security Policy, 4 March 2020 (text 004)
  {
    key: 'norov-aies-roundtable-2020-speech',
    title:
      'Speech by SCO Secretary-General Vladimir Norov at the roundtable "The SCO’s role in promoting peace and security"',
    speaker: 'vladimir-norov',
    event: 'aies-roundtable-2020',
    date: '2020-03-04',
    delivery: 'as-delivered',
    text: [
      'Mr Norov told the attendees about the goals and principles of the SCO, its charter bodies and cooperation mechanisms. He drew their attention to existing threats and challenges affecting the common interests of the SCO and EU member states and potential areas of cooperation between SCO and EU research and analytical institutes.',
      'Mr Norov said the current event is one of the first steps towards developing cooperation between research and analytical SCO and EU centres with a view to drafting proposals and recommendations on countering new challenges and threats that concern common interests.',
      "He emphasized the importance of using the EU and SCO's potential for developing large-scale, open, mutually beneficial and equitable cooperation in Eurasia. By adopting its revised strategy on Central Asia on July 17, 2019, the EU confirmed that it has serious intentions to develop a true partnership with the region's countries, and to help them in their state building. The EU also reaffirmed its commitment to expand mutually advantageous cooperation in political, economic, cultural and humanitarian fields.",
      'In a historically short span of time, the SCO has become a reliable platform for cooperation for maintaining peace and security and has occupied a befitting place among authoritative international and regional associations.',
      'With new energy after the entry of India and Pakistan in 2017 and having become a transnational association, the SCO has increased its political influence and economic potential and has become an effective facilitator in a new era of international relations, which are based primarily on the principles and norms of international law, justice, equality and mutually beneficial cooperation.',
      'Relying both on the Shanghai spirit, which embodies reciprocal trust, mutual benefit, equality, consultations, respect for cultural diversity and commitment to joint development, as well as on the goals of its Charter, the SCO is consistent in nurturing productive cooperation in security and the economy, as well as in its cultural and humanitarian contacts.',
      "The SCO is neither a military-political alliance, nor an economic integration association with supranational decision-making bodies. No country dominates the SCO. It has neither elements of pressure nor coercion, nor winners or losers. All countries are motivated to reach common results based on the principles of full equality and consensus. In Mr Norov's opinion, these principles evoke keen interest from the international community. The number of countries wishing to join it is steadily growing.",
      'Terrorism, extremism, drug trafficking and cybercrime are the most urgent problems facing not only the SCO but also the world as a whole. There is not a single country that has not been affected by these dangerous phenomena.',
      'It is necessary to settle the conflict in Afghanistan as soon as possible. This is a major factor for the preservation and promotion of stability on the territory of the SCO member countries. The SCO proposes that all interested countries and international organisations step up cooperation with the central, coordinating role of the UN, to stabilise and develop Afghanistan. The SCO member states are confident that there is no alternative to the political settlement of the Afghan domestic conflict and to the inclusive peace process, which should be carried out by the Afghans themselves and under their guidance.',
      "The SCO's cooperation with Kabul is based on the roadmap endorsed at its summit in Bishkek in 2019. It is aimed at facilitating the economic recovery of Afghanistan, helping it curb the activities of international terrorist groups based in that country and eliminate threats posed to the SCO member states emanating from them. The SCO is also cooperating with Kabul in countering illegal drug trafficking and illegal migration.",
      'Mr Norov also noted that the conclusion of an agreement between the United States and the Taliban on 29 February 2020 in Doha, capital of Qatar, was an important event for the peace process in Afghanistan. That the SCO was invited to attend this event confirms its growing international prestige and influence. Mr Norov said that after the conclusion of this agreement, representatives of the Taliban expressed their willingness to start direct inclusive inter-Afghan talks with other political forces, including the Afghan Government. He called this a gesture that inspires optimism. The Taliban pledged not to use terrorism as a method of political struggle and to prevent Afghanistan from turning into a haven for the Islamic State and al-Qaeda.',
      'The SCO Secretary-General told the audience that the organisation has a solid contractual foundation, one that ensures effective cooperation in countering terrorism and extremism. Currently over 600 multilateral documents have been adopted. Many of them, including the Convention Against Terrorism, and the Convention on Countering Extremism, are open for signing by any interested countries.',
      "The SCO advocates active cooperation in sharing international information at the global and regional levels. Owing to the SCO's efforts, rules of the responsible conduct of states in the information space are being consistently elaborated under the aegis of the UN. The aforementioned EU strategy for Central Asia prioritises international cooperation in fending off extremism and radicalism and preventing the funding of terrorism, as well as encourages the development of an open, free and safe cyberspace, while also promoting cyber security.",
      "The rapid development of the information and communication space and technology makes it easier for terrorists to broaden the geography of their destructive ideology, recruit new members from among the younger generation and support the planning and implementation of acts of terror. In this context, it is important to adopt common positions to prevent internet's use by terrorists and extremists. These positions should be based on the equal participation of states in drafting rules and standards on how it should function.",
      "The implementation of the programme of action formulated from the joint addresses of the presidents of the SCO member countries and intended for the younger generation, has a special role to play in this respect. Adopted at the Qingdao summit in 2018, this programme is aimed at pursuing educational and information policy that can expose terrorist ideology, create conditions for young people's successful socialisation and the implementation of their creative potential in order to develop inter-cultural and inter-civilisation dialogue in the Shanghai Spirit.",
      'In this context, the SCO pays special attention to cooperation with civil society and the mass media in order to counter terrorist propaganda and the extremism feeding it, while preserving the leading role of state institutions in carrying out counterterrorist policy.',
      'In conclusion, Mr Norov emphasised that the SCO will continue being a reliable foundation of common and indivisible Eurasian security system, effectively contributing to global efforts to combat ideological and material-technical support for terrorism. The SCO is open for constructive dialogue with European structures and institutions in building a common safe and prosperous future.',
    ],
    quotes: [
      'In a historically short span of time, the SCO has become a reliable platform for cooperation for maintaining peace and security and has occupied a befitting place among authoritative international and regional associations.',
      'The SCO is neither a military-political alliance, nor an economic integration association with supranational decision-making bodies. No country dominates the SCO.',
      'Terrorism, extremism, drug trafficking and cybercrime are the most urgent problems facing not only the SCO but also the world as a whole.',
      'It is necessary to settle the conflict in Afghanistan as soon as possible.',
      'The SCO is open for constructive dialogue with European structures and institutions in building a common safe and prosperous future.',
    ],
    editorNote:
      'Text 004 gives "excerpts" of the speech, partly in reported speech and without quotation marks; the quotes are sentences taken verbatim from those excerpts. The first paragraph of `text` is the release’s summary of the speech; the excerpts follow.',
  },
  {
    key: 'fasslabend-aies-roundtable-2020-welcome',
    title:
      'Welcome speech by AIES President Werner Fasslabend at the roundtable "The SCO’s role in promoting peace and security"',
    speaker: 'werner-fasslabend',
    event: 'aies-roundtable-2020',
    date: '2020-03-04',
    delivery: 'as-delivered',
    editorNote: noTextInSource,
  },
]
