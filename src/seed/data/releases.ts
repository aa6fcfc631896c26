import type { ReleaseSeed } from '../schema'

const nbsp =
  'The source file separates many words with non-breaking spaces; they are stored as ordinary spaces.'

/**
 * The five source texts (../shared/seeds), one press release each. Bodies hold the full text, paragraph by
 * paragraph, with lines that the source breaks mid-sentence joined; quote and document blocks are added
 * after the paragraphs they belong to and never replace text.
 */
export const releases: ReleaseSeed[] = [
  {
    key: 'un-sco-third-high-level-event-2019',
    source: '000_da90d68b6f4c49d8.txt',
    headline:
      'UN Headquarters hosts third high-level special UN-SCO event on preventing the linking of terrorism with organised crime',
    dateline: { place: 'New York', date: '2019-11-19' },
    summary:
      'On 19 November 2019 the SCO Secretariat and Russia’s Permanent Mission to the UN held a high-level special UN-SCO event at UN Headquarters in New York on preventing the linking of terrorism with organised crime and its financing through drug trafficking. Some 180 participants heard remarks by António Guterres, Igor Morgulov, Vladimir Norov and Jumakhon Giyosov.',
    body: [
      {
        paragraph:
          'On 19 November 2019, a high-level special UN-SCO event "Cooperation to promote peace, security and stability: preventing the linking of terrorism with organised crime and its financing through drug trafficking" took place at the UN Headquarters in New York. It was organised by the SCO Secretariat together with Russia\'s Permanent Mission to the UN, with assistance from the UN HQ leadership.',
      },
      {
        paragraph:
          'The opening session included remarks by UN Secretary-General Antonio Guterres, Deputy Foreign Minister of the Russian Federation Igor Morgulov, SCO Secretary-General Vladimir Norov and Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure (RATS) Jumakhon Giyosov.',
      },
      {
        paragraph:
          'Representatives of SCO member states, including India, Kazakhstan, China, Kyrgyzstan, Pakistan, Tajikistan and Uzbekistan, as well as observer countries such as Afghanistan, Belarus and Iran, and SCO dialogue partners represented by Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri Lanka were offered an opportunity to deliver remarks.',
      },
      {
        paragraph:
          'This special high-level event was also attended by representatives from Argentina, Bahrein, Brunei, Canada, the Central African Republic, Columbia, the Comoros, Congo, Cuba, Egypt, EU countries, Great Britain, Italy, Lithuania, Morocco, Mozambique, the Philippines, Qatar, Romania, Saudi Arabia, Somalia, the United States, Zimbabwe, as well as international agencies and structures such as UN Women, the United Nations Office on Drugs and Crime (UNODC), the United Nations Office of Counter-Terrorism, UNIDO, UNDP, Interpol, Arab League and the International Committee of the Red Cross (ICRC). Attendance at the event totalled around 180 people.',
      },
      {
        paragraph:
          'The panel discussion offered the participants an opportunity to exchange views on a wide range of matters related to security, efforts to combat terrorism, drug trafficking and transnational organised crime. It was noted that the fact that these threats are fusing together, calls for the need to come up with new universal measures to prevent terrorist activities from benefiting from the proceeds of drug trafficking, the illegal arms trade and human trafficking, as well as other types of criminal activities.',
      },
      {
        paragraph:
          'The participants took note of the upward momentum in UN-SCO cooperation on sustaining peace, ensuring security and stability, and also highlighted the importance of holding special joint events for delivering tangible results.',
      },
      {
        paragraph:
          'In his remarks, the SCO Secretary-General said that holding special UN-SCO events has become a good tradition that underscores the special relationship between the two organisations.',
      },
      {
        paragraph:
          "Mr Norov pointed out that having failed in its attempts to establish its own quasi-state in Syria and Iraq the ‘global terrorist international' is about to change tactics by spreading out across the world and forming a network of sleeper cells and lone terrorists.",
      },
      {
        paragraph:
          '"It is becoming increasingly obvious that the close links that are emerging between terrorism and transnational organised crime are feeding terrorist organisations that seek to take drug trafficking under their control and use it not just as a source of revenue, but also by exploiting the contraband routes for moving foreign terrorist fighters around," the SCO Secretary-General added.',
      },
      { quote: { speech: 'norov-un-sco-2019-opening-remarks', index: 0 } },
      {
        paragraph:
          "It was further stressed during the event that with today's world becoming increasingly interdependent, no single country can overcome these challenges on its own. On the contrary, addressing them requires devising and fine-tuning effective collective approaches at global and regional levels.",
      },
      {
        paragraph:
          'In this context, it was noted that the SCO is diligently following the problem of the emerging nexus between international terrorist groups and organised crime: "An extensive and efficient system for enabling the relevant ministries and agencies of the SCO member states to work together and carry out the corresponding joint events have been created in order to counter these dangerous developments."',
      },
      {
        paragraph:
          'Mr Norov pointed out the progress in UN-SCO cooperation in a number of key spheres, adding that there was new momentum in the collaboration between the SCO Secretariat and the UN Office of Counter-Terrorism, UNODC and other specialised UN agencies.',
      },
      {
        paragraph:
          'He went on to share his concerns regarding the growing drug production and trafficking in Afghanistan, the use of the internet for terrorist and extremist purposes, the fact that international terrorist organisations use the latest financial tools and payment systems, attempts by terrorist organisations to access radioactive and toxic agents, unmanned aerial vehicles and other kinds of robotics. He also drew the attention of the participants to the need to stop the spread of radical ideas among young people, as well as to work with the civil society and the media to counter the terrorist narrative.',
      },
      {
        paragraph:
          'The SCO remains committed to providing a reliable framework for Eurasia\'s integrated and indivisible security architecture by effectively supplementing global efforts to deprive terrorism of its human, ideological and financial resources and prevent it from fusing with transnational organised crime. "We are open to constructive dialogue and cooperation with all interested countries, international and regional institutions to build a common future that would be safe and prosperous," the SCO Secretary-General said.',
      },
      {
        paragraph:
          'In his closing remarks, Mr Norov emphasised that the presentations by SCO member states, observers, dialogue partners and other countries and international organisations all demonstrated their shared commitment to counter the evil of terrorism and cross-border challenges and threats. "The SCO is determined to contribute proactively to this process and to take ownership of efforts to consolidate peace, regional security and stability, and to fight terrorism, drug trafficking and other kinds of criminal activity," he concluded.',
      },
      { quote: { speech: 'norov-un-sco-2019-closing-remarks', index: 0 } },
      {
        paragraph:
          'Every participant received information brochures on the SCO and the way it cooperates with others on combatting drug trafficking, together with documents governing the cooperation among SCO member states on countering terrorism and extremism.',
      },
      {
        paragraph:
          "A live stream of the event was offered by the UN information service on the UN's main channel.",
      },
      {
        paragraph:
          'The first special high-level event on the practical aspects of UN-SCO cooperation for addressing common challenges and threats was held on 22 November 2016, and the second event, titled "UN-SCO: Cooperation Aimed at Strengthening Peace, Security and Stability," took place on 26 November 2018 in New York.',
      },
      {
        paragraph:
          'UN General Assembly Resolution A/RES/59/48 "Observer status for the Shanghai Cooperation Organisation in the General Assembly" was adopted on 2 December 2004 at the 65th plenary meeting of the UN General Assembly, granting the SCO the right to take part in General Assembly sessions and work as an observer.',
      },
      { document: 'a-res-59-48' },
      {
        paragraph:
          'On 5 April 2010, the SCO Secretary-General and UN Secretary-General signed in Tashkent a Joint Declaration on Cooperation between the SCO and UN Secretariats stipulating, among other things, the determination to further promote their communications and information exchange.',
      },
      { document: 'sco-un-secretariats-joint-declaration-2010' },
    ],
    event: 'un-sco-high-level-event-2019',
    speeches: [
      'norov-un-sco-2019-opening-remarks',
      'norov-un-sco-2019-closing-remarks',
      'guterres-un-sco-2019-remarks',
      'morgulov-un-sco-2019-remarks',
      'giyosov-un-sco-2019-remarks',
    ],
    participants: [
      'sco',
      'united-nations',
      'sco-secretariat',
      'russia-permanent-mission-to-the-un',
      'un-secretariat',
      'antonio-guterres',
      'igor-morgulov',
      'russia',
      'vladimir-norov',
      'jumakhon-giyosov',
      'rats',
      'rats-executive-committee',
      'india',
      'kazakhstan',
      'china',
      'kyrgyzstan',
      'pakistan',
      'tajikistan',
      'uzbekistan',
      'afghanistan',
      'belarus',
      'iran',
      'azerbaijan',
      'armenia',
      'cambodia',
      'nepal',
      'turkey',
      'sri-lanka',
      'argentina',
      'bahrain',
      'brunei',
      'canada',
      'central-african-republic',
      'colombia',
      'comoros',
      'congo',
      'cuba',
      'egypt',
      'european-union',
      'united-kingdom',
      'italy',
      'lithuania',
      'morocco',
      'mozambique',
      'philippines',
      'qatar',
      'romania',
      'saudi-arabia',
      'somalia',
      'united-states',
      'zimbabwe',
      'un-women',
      'unodc',
      'unoct',
      'unido',
      'undp',
      'interpol',
      'arab-league',
      'icrc',
      'syria',
      'iraq',
      'un-department-of-global-communications',
      'un-general-assembly',
    ],
    documents: ['a-res-59-48', 'sco-un-secretariats-joint-declaration-2010'],
    topics: [
      'un-sco-cooperation',
      'terrorism',
      'drug-trafficking',
      'organised-crime',
      'extremism',
      'regional-security',
      'afghanistan',
      'youth',
      'information-security',
    ],
    editorNote: `Date disagreement: this text says the second UN-SCO event "took place on 26 November 2018"; texts 001_40e9b6f25568ed49.txt and 002_e7ac85ec7ec3ec14.txt say 27 November 2018, which the event record uses. The source has no title; the headline is editorial, and "third" is inferred (the text names the first and second events). Source spellings "Bahrein" and "Columbia" are kept. The source writes the resolution symbol with a Cyrillic "А" (А/RES/59/48); the body uses the Latin A. The mismatched quotation marks around ‘global terrorist international' are the source’s. The quote block after the paragraph on the "nexus" (it was noted that…) is not used because the source does not name its speaker. ${nbsp}`,
  },
  {
    key: 'un-sco-second-high-level-event-2018',
    source: '001_40e9b6f25568ed49.txt',
    headline: 'UN-SCO Cooperation Aimed at Strengthening Peace, Security and Stability',
    dateline: { place: 'New York', date: '2018-11-27' },
    summary:
      'The second high-level joint special UN-SCO event, held at UN Headquarters in New York on 27 November 2018 under the Kyrgyz Republic’s SCO Presidency, heard reports by Rashid Alimov, António Guterres, Yevgeny Sysoyev, Vladimir Voronkov and Simone Monasebian on countering terrorism, extremism, illegal drug trafficking and organised crime.',
    body: [
      { heading: 'UN Headquarters hosts second high-level special event' },
      {
        paragraph:
          'On 27 November 2018, the UN Headquarters hosted the second high-level joint special event UN-SCO: Cooperation Aimed at Strengthening Peace, Security and Stability.',
      },
      {
        paragraph:
          "Those taking part in the event heard reports by SCO Secretary-General Rashid Alimov, UN Secretary General António Guterres, Director of the Executive Committee of SCO's Regional Anti-Terrorist Structure Yevgeny Sysoyev, UN Under-Secretary General and Chief of the UN Counter-Terrorism Office Vladimir Voronkov and Director of the New York Liaison Office of the UN Office on Drugs and Crime (UNODC) Simone Monasebian.",
      },
      {
        paragraph:
          "Representatives of SCO member states, including the Republic of India, the Republic of Kazakhstan, the People's Republic of China, the Islamic Republic of Pakistan, the Russian Federation, the Republic of Tajikistan and the Republic of Uzbekistan, as well as representatives of observer states (Afghanistan, Belarus, Iran and Mongolia) and SCO dialogue partners (Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri Lanka) addressed the meeting.",
      },
      {
        paragraph:
          'The UN-SCO joint special event also involved representatives of the European Union, Cuba, Saudi Arabia, Greece, Madagascar, Qatar, Bangladesh, Guatemala and Israel, as well as international organisations, agencies and institutions, including the International Labour Organisation, the International Committee of the Red Cross, the UN Office on Drugs and Crime (UNODC) and the Organisation for Economic Cooperation and Development (OECD). In all, over 100 people attended the event.',
      },
      {
        paragraph:
          'Discussion participants focused on further expanding UN-SCO cooperation to strengthen peace, security and stability, and to counter traditional threats and new challenges, including the fight against terrorism, extremism, illegal drug trafficking and organised trans-border crime.',
      },
      {
        paragraph:
          "They prioritised SCO efforts to combat illegal drug trafficking, which is increasingly being used to finance international terrorist and extremist organisations. In this context, the participants watched video reports highlighting the SCO's counter-narcotics efforts.",
      },
      {
        paragraph:
          'The participants noted the intensive expansion of UN-SCO cooperation to strengthen peace, security and stability and acknowledged the importance of organising special bilateral events to achieve practical results.',
      },
      {
        paragraph:
          "The first UN-SCO joint special event took place in November 2016.. Its results helped boost practical cooperation between the SCO and the UN, its specialised institutions and agencies. The special event was held as part of Kazakhstan's SCO Presidency.",
      },
      { paragraph: "The second special event is organised as part of the Kyrgyz Republic's SCO Presidency." },
    ],
    event: 'un-sco-high-level-event-2018',
    speeches: [
      'alimov-un-sco-2018-remarks',
      'guterres-un-sco-2018-report',
      'sysoyev-un-sco-2018-report',
      'voronkov-un-sco-2018-report',
      'monasebian-un-sco-2018-report',
    ],
    participants: [
      'united-nations',
      'sco',
      'un-secretariat',
      'rashid-alimov',
      'antonio-guterres',
      'yevgeny-sysoyev',
      'rats',
      'rats-executive-committee',
      'vladimir-voronkov',
      'unoct',
      'simone-monasebian',
      'unodc-new-york-liaison-office',
      'unodc',
      'india',
      'kazakhstan',
      'china',
      'pakistan',
      'russia',
      'tajikistan',
      'uzbekistan',
      'afghanistan',
      'belarus',
      'iran',
      'mongolia',
      'azerbaijan',
      'armenia',
      'cambodia',
      'nepal',
      'turkey',
      'sri-lanka',
      'european-union',
      'cuba',
      'saudi-arabia',
      'greece',
      'madagascar',
      'qatar',
      'bangladesh',
      'guatemala',
      'israel',
      'ilo',
      'icrc',
      'oecd',
      'kyrgyzstan',
    ],
    topics: [
      'un-sco-cooperation',
      'terrorism',
      'extremism',
      'drug-trafficking',
      'organised-crime',
      'regional-security',
    ],
    editorNote: `The source’s first line runs the title and the subtitle together ("UN-SCO Cooperation Aimed at Strengthening Peace, Security and Stability UN Headquarters hosts second high-level special event") and its third line repeats the subtitle; as in text 002, the title (the event’s name) is the headline and the subtitle opens the body as a heading. The double full stop in "November 2016.." is the source’s. This text and 002 date the event 27 November 2018; text 000 says 26 November 2018. ${nbsp}`,
  },
  {
    key: 'alimov-un-sco-2018-remarks',
    source: '002_e7ac85ec7ec3ec14.txt',
    headline:
      'SCO Secretary-General: Combatting Global Challenges Calls for an Effective Collective Approach',
    dateline: { place: 'New York', date: '2018-11-27' },
    summary:
      'At the second UN-SCO high-level special event in New York on 27 November 2018, SCO Secretary-General Rashid Alimov said that combatting global challenges requires effective collective approaches and that the SCO has become a reliable partner for the UN in Eurasia.',
    body: [
      { heading: 'The second high-level special event' },
      {
        paragraph:
          'The second high-level special event titled UN-Shanghai Cooperation Organisation: Cooperation Aimed at Strengthening Peace, Security and Stability was held at the UN Headquarters in New York on 27 November 2018. The participants discussed a broad range of issues related to expanding cooperation between the SCO and the UN and its specialised bodies, primarily in the context of combatting modern threats and challenges and promoting sustainable development.',
      },
      {
        paragraph:
          'SCO Secretary-General Rashid Alimov said in his remarks that the holding of joint special events the UN and the SCO launched two years ago had become a good tradition. "We hold meetings at the UN Headquarters to discuss steps aimed at building up our efforts towards stronger peace, security and stability," Mr Alimov said.',
      },
      {
        paragraph:
          'The SCO Secretary-General mentioned major changes in the SCO development that took place over the past two years, the most important of which was the SCO expansion through the granting of full membership to India and Pakistan. "This event has changed the quality and added dynamics to the SCO, which stands for close fruitful interaction in building a fairer and more balanced world order based on equal, common, indivisible, comprehensive and stable security and respect for the interests of each and all states in accordance with the norms and principles of international law," Mr Alimov said. "The SCO member states have always emphasised the leading role of the UN in maintaining international peace and security and encouraging global development. At their summit in Qingdao, the leaders of the SCO member states reaffirmed the SCO policy of promoting cooperation with the UN in a broad range of spheres in keeping with the SCO Development Strategy until 2025.',
      },
      { document: 'sco-development-strategy-2025' },
      {
        paragraph:
          'In this connection Rashid Alimov stressed the importance of this approach in the current period of major change and increasing instability and uncertainty. "There is persistent instability in the global economy amid the growing risks of terrorism and extremism, illegal drug trafficking, organised crime and climate change. To combat these global challenges, the international community must develop effective collective approaches," the SCO Secretary-General said.',
      },
      {
        paragraph:
          "He also spoke about the deepening of the UN-SCO interaction in the main fields of cooperation, the improved quality and rapid development of the SCO's ties with the UN Secretariat and Office of Counter-Terrorism, the new practical aspects of interaction with the UN Office on Drugs and Crime and ESCAP, as well as the development of close ties with UNESCO.",
      },
      {
        paragraph:
          '"Our ongoing dialogue with the UN in New York, Bangkok and Vienna, as well as at other international venues, helps coordinate and consolidate the fight against terrorism, illegal drug trafficking and organised crime and address socioeconomic development targets," Rashid Alimov noted.',
      },
      { quote: { speech: 'alimov-un-sco-2018-remarks', index: 4 } },
      {
        paragraph:
          '"We can say with confidence that the SCO has become a reliable partner for the UN in Eurasia, where we are contributing to the UN search for solutions to grave modern problems," Mr Alimov said.',
      },
      { quote: { speech: 'alimov-un-sco-2018-remarks', index: 5 } },
      {
        paragraph:
          'He also expressed confidence that "the deepening of cooperation and the expansion of the range of cooperation spheres between the UN and the SCO will produce a synergy of efforts towards an effective and comprehensive attainment of the goals of stronger peace and security and sustainable development."',
      },
      {
        paragraph:
          'The second high-level special event was attended by UN Secretary-General Antonio Guterres, the heads of the leading departments of the UN Secretariat, permanent representatives and high-ranking diplomats from the SCO family of nations, as well as representatives of diplomatic missions and international organisations accredited at the UN Headquarters in New York.',
      },
    ],
    event: 'un-sco-high-level-event-2018',
    speeches: ['alimov-un-sco-2018-remarks'],
    participants: [
      'rashid-alimov',
      'sco',
      'united-nations',
      'india',
      'pakistan',
      'un-secretariat',
      'unoct',
      'unodc',
      'escap',
      'unesco',
      'antonio-guterres',
    ],
    documents: ['sco-development-strategy-2025'],
    topics: [
      'un-sco-cooperation',
      'terrorism',
      'extremism',
      'drug-trafficking',
      'organised-crime',
      'regional-security',
      'sustainable-development',
    ],
    editorNote: `The source’s second line, "The second high-level special event", is kept as a heading. In the paragraph on the Qingdao summit the quotation beginning "The SCO member states have always emphasised" has no closing quotation mark in the source; the body keeps it so. The Qingdao summit (June 2018) is linked through the event record. This text and 001 date the event 27 November 2018; text 000 says 26 November 2018. ${nbsp}`,
  },
  {
    key: 'alimov-fedotov-meeting-2017',
    source: '003_95c8ddcf366ad626.txt',
    headline: 'SCO Secretary-General meets with UNODC Executive Director',
    dateline: { place: 'Vienna', date: '2017-03-14' },
    summary:
      'SCO Secretary-General Rashid Alimov and UNODC Executive Director Yury Fedotov met at the United Nations Office at Vienna on 14 March 2017 and agreed to take joint steps to develop cooperation between the SCO and UNODC against drugs and organised crime.',
    body: [
      {
        paragraph:
          'The delegation of the SCO Secretariat led by SCO Secretary-General Rashid Alimov met with the delegation of the United Nations Office on Drugs and Crime (UNODC) led by UN Under-Secretary General and UNODC Executive Director Yury Fedotov at the United Nations office in Vienna on 14 March 2017.',
      },
      {
        paragraph:
          'The parties held a detailed exchange of views on a wide spectrum of dynamically developing partner relations between the two organisations.',
      },
      {
        paragraph:
          "UN Under-Secretary-General Fedotov thanked SCO Secretary-General Alimov for attending the anniversary meeting of the 60th session of the United Nations Commission on Narcotic Drugs (CND). He also noted that the success of a joint special high-level event dedicated to UN-SCO anti-drug cooperation held in Vienna the day before and the key events at the UN headquarters in New York in November 2016 were a good illustration of the growing cooperation potential and the two organisations' readiness to bring their interaction to a qualitatively new level.",
      },
      {
        paragraph:
          '"We regard the SCO as an active partner within a broad interaction mandate," Yury Fedotov said. "Our joint cooperation includes efforts to counter not only the drug threat but also organised crime. It is of particular importance for us to demonstrate results of cooperation with regional partners, specifically the SCO, in the context of the Organisation\'s expansion. For our part, we are ready to take resolute steps to fill our cooperation with a qualitatively new content."',
      },
      { quote: { speech: 'fedotov-sco-unodc-meeting-2017-statement', index: 0 } },
      {
        paragraph:
          'Secretary-General Alimov, in turn, stressed that the SCO regarded interaction with the UN and its specialised offices, primarily the UNODC, as its priority. "In June 2011, the Memorandum of Understanding between the SCO Secretariat and the UNODC was signed, opening broad opportunities for interaction on the regular basis, including within the framework of the Paris Pact Initiative. The November 2016 UN General Assembly Resolution on Cooperation between the United Nations and the Shanghai Cooperation Organisation gave a new impetus to this cooperation. We are interested in expanding the experience we have accumulated on the anti-drug track and in potential building," Rashid Alimov said.',
      },
      { document: 'sco-unodc-mou-2011' },
      { document: 'a-res-71-14' },
      {
        paragraph:
          'He also emphasised that the heads of the SCO member states paid much attention to countering the drug threat and expressed constant concern over its aggravation. "At the SCO Summit in Astana in June of this year, the leaders are expected to reiterate their firm commitment to the policy of preserving and strengthening the existing international drug control system based on the three basic UN conventions," he said.',
      },
      { document: 'single-convention-on-narcotic-drugs-1961' },
      { document: 'convention-on-psychotropic-substances-1971' },
      { document: 'convention-against-illicit-traffic-1988' },
      {
        paragraph:
          'Rashid Alimov thanked Yury Fedotov and in his person all high-ranking UNODC officials for their support, professionalism and cooperation with the SCO Secretariat in holding the first successful SCO-UNODC event in Vienna. "Over the last few months, we laid a firm foundation for holding joint UN-SCO events in various areas. I am confident that this will become a tradition," he said.',
      },
      { paragraph: 'The parties agreed to take joint steps to develop the existing cooperation potential.' },
      {
        paragraph:
          'Established in 1997, the Vienna-based United Nations Office on Drugs and Crime fights illegal trafficking in narcotic drugs and arms, organised crime, trafficking in persons, and international terrorism.',
      },
      {
        paragraph:
          'The SCO-UN relations have developed since 2004, representing an example of effective cooperation between a global and a regional organisation.',
      },
      {
        paragraph:
          'The institutional basis of SCO-UN cooperation is formed by the Joint Declaration on Cooperation between UN and SCO Secretariats (Tashkent, 5 April 2010) and the Memorandum of Understanding between the SCO Secretariat and the United Nations Office on Drugs and Crime (Astana, 14 June 2011).',
      },
      { document: 'sco-un-secretariats-joint-declaration-2010' },
      { document: 'sco-unodc-mou-2011' },
      {
        paragraph:
          'These documents not only formalised relations between the SCO and the UN but also laid a firm foundation for cooperation, opening broad opportunities for interaction.',
      },
    ],
    event: 'sco-unodc-meeting-vienna-2017',
    speeches: ['fedotov-sco-unodc-meeting-2017-statement', 'alimov-sco-unodc-meeting-2017-statement'],
    participants: [
      'sco-secretariat',
      'sco',
      'rashid-alimov',
      'unodc',
      'yury-fedotov',
      'united-nations',
      'unov',
      'commission-on-narcotic-drugs',
      'paris-pact-initiative',
      'un-general-assembly',
    ],
    documents: [
      'sco-unodc-mou-2011',
      'a-res-71-14',
      'single-convention-on-narcotic-drugs-1961',
      'convention-on-psychotropic-substances-1971',
      'convention-against-illicit-traffic-1988',
      'sco-un-secretariats-joint-declaration-2010',
    ],
    topics: ['un-sco-cooperation', 'drug-trafficking', 'organised-crime', 'terrorism'],
    editorNote: `The source repeats its title line; it is used once, as the headline. The text refers to three other events: the 60th session of the Commission on Narcotic Drugs (Alimov attended its anniversary meeting), the joint UN-SCO anti-drug event held in Vienna "the day before" (13 March 2017) and the SCO summit in Astana in June 2017; they have their own event records. The memorandum is dated "June 2011" in Alimov’s quote and "Astana, 14 June 2011" in the background paragraph. The source writes both "UN Under-Secretary General" and "UN Under-Secretary-General"; both are kept. ${nbsp}`,
  },
  {
    key: 'norov-aies-roundtable-2020',
    source: '004_3ca6e1fc07c57229.txt',
    headline:
      'SCO Secretary-General discusses the SCO’s role in promoting peace and security at AIES roundtable',
    dateline: { place: 'Vienna', date: '2020-03-04' },
    summary:
      'On 4 March 2020 SCO Secretary-General Vladimir Norov spoke at a roundtable on the SCO’s role in promoting peace and security organised with the Austrian Institute for European and Security Policy (AIES), and proposed closer cooperation between SCO and EU research and analytical institutions.',
    body: [
      {
        paragraph:
          'On 4 March, SCO Secretary-General Vladimir Norov took part in a roundtable discussion on the subject of "The SCO\'s role in promoting peace and security," which was organised in cooperation with the Austrian Institute for European and Security Policy (AIES). AIES president Werner Fasslabend made a welcome speech at the meeting.',
      },
      {
        paragraph:
          'Representatives of the diplomatic missions of SCO countries and experts from various Austrian research and analytical centres that deal with security issues attended the event.',
      },
      {
        paragraph:
          'Mr Norov told the attendees about the goals and principles of the SCO, its charter bodies and cooperation mechanisms. He drew their attention to existing threats and challenges affecting the common interests of the SCO and EU member states and potential areas of cooperation between SCO and EU research and analytical institutes.',
      },
      { paragraph: 'The participants made a number of specific proposals in this respect:' },
      {
        list: [
          '— to hold talks with the participation of experts from competent bodies with the view of discussing issues concerning the prevention of terrorism and using best practices in this area with the participation of representatives of international organisations, namely the EU, the SCO, the UN Office on Drugs and Crime and Central Asian countries;',
          '— to promote EU-SCO-OSCE cooperation on preventing and countering transnational threats in Central Asia;',
          '— to draft joint measures by the UN Office on Drugs and Crime, the SCO and the EU to combat illegal drug trafficking and reduce demand for drugs;',
          '— to exchange best practices for the enhancement of international information security and the countering of ITC extremism in the EU-SCO-ASEAN format.',
        ],
      },
      {
        paragraph:
          "The participants generally supported Mr Norov's idea to step up cooperation between analytical institutions of the SCO and the EU and to use the venues of the SCO forum and its Economic Analytical Center Consortium in this regard.",
      },
      {
        paragraph:
          'During the online part of the roundtable discussion, Mr Norov answered questions on various aspects of SCO activities. The audience was mostly interested in learning what efforts have been made to ensure security and stability on its territory, what influence geopolitical processes have had on the general situation, both in the region and across the world as a whole, as well as mechanisms for improving trade, economic, cultural and humanitarian cooperation between SCO member states and potential areas for concerted efforts by the SCO and EU member countries.',
      },
      { paragraph: "Excerpts from SCO Secretary-General Vladimir Norov's speech are cited below:" },
      {
        paragraph:
          'Mr Norov said the current event is one of the first steps towards developing cooperation between research and analytical SCO and EU centres with a view to drafting proposals and recommendations on countering new challenges and threats that concern common interests.',
      },
      {
        paragraph:
          "He emphasized the importance of using the EU and SCO's potential for developing large-scale, open, mutually beneficial and equitable cooperation in Eurasia. By adopting its revised strategy on Central Asia on July 17, 2019, the EU confirmed that it has serious intentions to develop a true partnership with the region's countries, and to help them in their state building. The EU also reaffirmed its commitment to expand mutually advantageous cooperation in political, economic, cultural and humanitarian fields.",
      },
      { document: 'eu-strategy-central-asia-2019' },
      {
        paragraph:
          'In a historically short span of time, the SCO has become a reliable platform for cooperation for maintaining peace and security and has occupied a befitting place among authoritative international and regional associations.',
      },
      {
        paragraph:
          'With new energy after the entry of India and Pakistan in 2017 and having become a transnational association, the SCO has increased its political influence and economic potential and has become an effective facilitator in a new era of international relations, which are based primarily on the principles and norms of international law, justice, equality and mutually beneficial cooperation.',
      },
      {
        paragraph:
          'Relying both on the Shanghai spirit, which embodies reciprocal trust, mutual benefit, equality, consultations, respect for cultural diversity and commitment to joint development, as well as on the goals of its Charter, the SCO is consistent in nurturing productive cooperation in security and the economy, as well as in its cultural and humanitarian contacts.',
      },
      { document: 'sco-charter' },
      {
        paragraph:
          "The SCO is neither a military-political alliance, nor an economic integration association with supranational decision-making bodies. No country dominates the SCO. It has neither elements of pressure nor coercion, nor winners or losers. All countries are motivated to reach common results based on the principles of full equality and consensus. In Mr Norov's opinion, these principles evoke keen interest from the international community. The number of countries wishing to join it is steadily growing.",
      },
      {
        paragraph:
          'Terrorism, extremism, drug trafficking and cybercrime are the most urgent problems facing not only the SCO but also the world as a whole. There is not a single country that has not been affected by these dangerous phenomena.',
      },
      {
        paragraph:
          'It is necessary to settle the conflict in Afghanistan as soon as possible. This is a major factor for the preservation and promotion of stability on the territory of the SCO member countries. The SCO proposes that all interested countries and international organisations step up cooperation with the central, coordinating role of the UN, to stabilise and develop Afghanistan. The SCO member states are confident that there is no alternative to the political settlement of the Afghan domestic conflict and to the inclusive peace process, which should be carried out by the Afghans themselves and under their guidance.',
      },
      {
        paragraph:
          "The SCO's cooperation with Kabul is based on the roadmap endorsed at its summit in Bishkek in 2019. It is aimed at facilitating the economic recovery of Afghanistan, helping it curb the activities of international terrorist groups based in that country and eliminate threats posed to the SCO member states emanating from them. The SCO is also cooperating with Kabul in countering illegal drug trafficking and illegal migration.",
      },
      { document: 'sco-afghanistan-contact-group-roadmap-2019' },
      {
        paragraph:
          'Mr Norov also noted that the conclusion of an agreement between the United States and the Taliban on 29 February 2020 in Doha, capital of Qatar, was an important event for the peace process in Afghanistan. That the SCO was invited to attend this event confirms its growing international prestige and influence. Mr Norov said that after the conclusion of this agreement, representatives of the Taliban expressed their willingness to start direct inclusive inter-Afghan talks with other political forces, including the Afghan Government. He called this a gesture that inspires optimism. The Taliban pledged not to use terrorism as a method of political struggle and to prevent Afghanistan from turning into a haven for the Islamic State and al-Qaeda.',
      },
      { document: 'us-taliban-agreement-2020' },
      {
        paragraph:
          'The SCO Secretary-General told the audience that the organisation has a solid contractual foundation, one that ensures effective cooperation in countering terrorism and extremism. Currently over 600 multilateral documents have been adopted. Many of them, including the Convention Against Terrorism, and the Convention on Countering Extremism, are open for signing by any interested countries.',
      },
      { document: 'sco-convention-against-terrorism' },
      { document: 'sco-convention-on-countering-extremism' },
      {
        paragraph:
          "The SCO advocates active cooperation in sharing international information at the global and regional levels. Owing to the SCO's efforts, rules of the responsible conduct of states in the information space are being consistently elaborated under the aegis of the UN. The aforementioned EU strategy for Central Asia prioritises international cooperation in fending off extremism and radicalism and preventing the funding of terrorism, as well as encourages the development of an open, free and safe cyberspace, while also promoting cyber security.",
      },
      {
        paragraph:
          "The rapid development of the information and communication space and technology makes it easier for terrorists to broaden the geography of their destructive ideology, recruit new members from among the younger generation and support the planning and implementation of acts of terror. In this context, it is important to adopt common positions to prevent internet's use by terrorists and extremists. These positions should be based on the equal participation of states in drafting rules and standards on how it should function.",
      },
      {
        paragraph:
          "The implementation of the programme of action formulated from the joint addresses of the presidents of the SCO member countries and intended for the younger generation, has a special role to play in this respect. Adopted at the Qingdao summit in 2018, this programme is aimed at pursuing educational and information policy that can expose terrorist ideology, create conditions for young people's successful socialisation and the implementation of their creative potential in order to develop inter-cultural and inter-civilisation dialogue in the Shanghai Spirit.",
      },
      { document: 'sco-youth-programme-of-action-2018' },
      {
        paragraph:
          'In this context, the SCO pays special attention to cooperation with civil society and the mass media in order to counter terrorist propaganda and the extremism feeding it, while preserving the leading role of state institutions in carrying out counterterrorist policy.',
      },
      {
        paragraph:
          'In conclusion, Mr Norov emphasised that the SCO will continue being a reliable foundation of common and indivisible Eurasian security system, effectively contributing to global efforts to combat ideological and material-technical support for terrorism. The SCO is open for constructive dialogue with European structures and institutions in building a common safe and prosperous future.',
      },
    ],
    event: 'aies-roundtable-2020',
    speeches: ['norov-aies-roundtable-2020-speech', 'fasslabend-aies-roundtable-2020-welcome'],
    participants: [
      'vladimir-norov',
      'sco',
      'sco-secretariat',
      'aies',
      'werner-fasslabend',
      'austria',
      'european-union',
      'unodc',
      'osce',
      'asean',
      'sco-forum',
      'sco-economic-analytical-center-consortium',
      'india',
      'pakistan',
      'united-nations',
      'afghanistan',
      'afghan-government',
      'united-states',
      'taliban',
      'qatar',
      'islamic-state',
      'al-qaeda',
    ],
    documents: [
      'eu-strategy-central-asia-2019',
      'sco-charter',
      'sco-afghanistan-contact-group-roadmap-2019',
      'us-taliban-agreement-2020',
      'sco-convention-against-terrorism',
      'sco-convention-on-countering-extremism',
      'sco-youth-programme-of-action-2018',
      'sco-joint-address-to-youth-2018',
    ],
    topics: [
      'eu-sco-cooperation',
      'regional-security',
      'terrorism',
      'extremism',
      'drug-trafficking',
      'organised-crime',
      'afghanistan',
      'information-security',
      'youth',
      'un-sco-cooperation',
    ],
    editorNote: `The source has no title (the headline is editorial) and gives neither year nor city ("On 4 March"): 2020 follows from the reference to the 29 February 2020 Doha agreement, and Vienna is assumed for the dateline (to be checked). The text says the EU adopted its revised Central Asia strategy "on July 17, 2019"; the Council of the EU adopted it on 17 June 2019, which the document record uses; the body keeps the source wording. "ITC extremism" (probably ICT, information and communication technologies) and "He emphasized" are the source’s. The dash-list of proposals is a list block; each item keeps the source’s leading dash, so that every source line is found in the body as written. Lines the source breaks mid-sentence are joined. ${nbsp}`,
  },
]
