import type { EventTranslation, SpeechTranslation } from '../translationSchema'

/**
 * The events and speeches in Chinese, translated by the Communiqué team (not official SCO
 * translations). Speeches have their titles only: every speech of the demo is recorded as given
 * in English, and a quotation is quoted as given, never translated.
 */

const unHeadquarters = { venue: '联合国总部', city: '纽约' }

/** The notes of a participation list, one note for several participants. */
const noted = (note: string, ...participants: string[]) =>
  Object.fromEntries(participants.map((participant) => [participant, note]))
const memberStates = (...keys: string[]) => noted('上海合作组织成员国', ...keys)
const observers = (...keys: string[]) => noted('上海合作组织观察员国', ...keys)
const dialoguePartners = noted(
  '上海合作组织对话伙伴',
  'azerbaijan',
  'armenia',
  'cambodia',
  'nepal',
  'turkey',
  'sri-lanka',
)

export const events: Record<string, EventTranslation> = {
  'un-sco-high-level-event-2016': {
    title: '第一次联合国—上海合作组织高级别特别活动：联合国与上合组织应对共同挑战和威胁合作的实际问题',
    ...unHeadquarters,
    description: [
      '2016年11月22日，在哈萨克斯坦担任上海合作组织主席国期间，首次以联合国与上合组织应对共同挑战和威胁合作的实际问题为主题的高级别特别活动在纽约联合国总部举行。',
      '活动成果推动了上合组织与联合国及其专门机构的务实合作。用阿利莫夫和诺罗夫两位秘书长的话说，自那时起举办的联合特别活动已成为“良好传统”。',
    ],
  },
  'cnd-60th-session': {
    title: '麻醉药品委员会第六十届会议',
    venue: '维也纳国际中心',
    city: '维也纳',
    description: [
      '联合国麻醉药品委员会第六十届（周年）会议于2017年3月在维也纳举行。上海合作组织秘书长阿利莫夫出席了会议的周年纪念会议，联合国毒品和犯罪问题办公室执行主任费多托夫在2017年3月14日与其会见时对此表示感谢。',
    ],
    participation: {
      unodc: '委员会秘书处',
      'rashid-alimov': '以上海合作组织秘书长身份出席会议周年纪念会议',
      'sco-secretariat': '阿利莫夫率领的代表团',
    },
  },
  'un-sco-anti-drug-event-vienna-2017': {
    title: '联合国—上海合作组织禁毒合作联合高级别特别活动',
    city: '维也纳',
    description: [
      '2017年3月13日，即上海合作组织秘书长阿利莫夫会见联合国毒品和犯罪问题办公室执行主任费多托夫的前一天，联合国—上海合作组织禁毒合作联合高级别特别活动在维也纳举行。',
      '费多托夫表示，此次活动与2016年11月在纽约举行的活动一样取得成功，充分体现了双方不断增长的合作潜力。阿利莫夫称之为“上合组织与毒罪办在维也纳成功举办的首次活动”，并感谢毒罪办为活动举办提供的支持。',
    ],
  },
  'sco-unodc-meeting-vienna-2017': {
    title: '上海合作组织秘书长阿利莫夫会见联合国毒品和犯罪问题办公室执行主任费多托夫',
    venue: '联合国维也纳办事处',
    city: '维也纳',
    description: [
      '2017年3月14日，上海合作组织秘书长阿利莫夫率领的上合组织秘书处代表团在联合国维也纳办事处会见了联合国副秘书长、联合国毒品和犯罪问题办公室执行主任费多托夫率领的毒罪办代表团。',
      '双方就蓬勃发展的伙伴关系深入交换了意见，回顾了2011年谅解备忘录和2016年11月联合国大会关于联合国与上合组织合作的决议，并商定采取共同步骤发掘现有合作潜力。',
    ],
    participation: {
      'sco-secretariat': '由秘书长阿利莫夫率领',
      unodc: '由执行主任费多托夫率领',
    },
  },
  'sco-summit-astana-2017': {
    title: '上海合作组织成员国元首理事会阿斯塔纳会议',
    city: '阿斯塔纳',
    description: [
      '2017年6月在阿斯塔纳举行的上海合作组织峰会给予印度和巴基斯坦成员国地位，并通过了《上海合作组织反极端主义公约》。',
      '2017年3月，阿利莫夫秘书长表示，预计各国领导人将在峰会上重申坚定致力于维护和加强以联合国三项基本公约为基础的国际药物管制体系。',
    ],
  },
  'sco-summit-qingdao-2018': {
    title: '上海合作组织成员国元首理事会青岛会议',
    city: '青岛',
    description: [
      '2018年6月举行的青岛峰会是上海合作组织扩员后的首次峰会。成员国领导人在会上重申，上合组织将根据《上海合作组织至2025年发展战略》在广泛领域推进与联合国的合作。',
      '峰会通过了成员国元首致青年共同寄语以及据此制定的行动计划。',
    ],
  },
  'un-sco-high-level-event-2018': {
    title: '联合国—上海合作组织：旨在加强和平、安全与稳定的合作',
    ...unHeadquarters,
    description: [
      '2018年11月27日，在吉尔吉斯共和国担任上海合作组织主席国期间，第二次联合高级别特别活动“联合国—上海合作组织：旨在加强和平、安全与稳定的合作”在纽约联合国总部举行。',
      '与会者听取了上海合作组织秘书长拉希德·阿利莫夫、联合国秘书长安东尼奥·古特雷斯、上海合作组织地区反恐怖机构执行委员会主任叶夫根尼·瑟索耶夫、联合国副秘书长兼联合国反恐怖主义办公室主任弗拉基米尔·沃龙科夫以及联合国毒品和犯罪问题办公室纽约联络处主任西蒙娜·莫纳塞比安的报告。上合组织成员国、观察员国和对话伙伴代表在会上发言，其他国家和国际组织也派代表出席。100余人参加了活动。',
      '讨论聚焦于扩大联合国与上合组织合作，以加强和平、安全与稳定，打击恐怖主义、极端主义、毒品非法贩运和跨境有组织犯罪，并促进可持续发展。与会者观看了介绍上合组织禁毒工作的视频。',
    ],
    participation: {
      'un-secretariat': '活动“在联合国总部举行”',
      'rashid-alimov': '上海合作组织秘书长',
      'antonio-guterres': '联合国秘书长',
      'yevgeny-sysoyev': '上海合作组织地区反恐怖机构执行委员会主任',
      'vladimir-voronkov': '联合国副秘书长、联合国反恐怖主义办公室主任',
      'simone-monasebian': '联合国毒品和犯罪问题办公室纽约联络处主任',
      ...memberStates('india', 'kazakhstan', 'china', 'pakistan', 'russia', 'tajikistan', 'uzbekistan'),
      ...observers('afghanistan', 'belarus', 'iran', 'mongolia'),
      ...dialoguePartners,
    },
  },
  'sco-summit-bishkek-2019': {
    title: '上海合作组织成员国元首理事会比什凯克会议',
    city: '比什凯克',
    description: ['2019年6月在比什凯克举行的上海合作组织峰会批准了上合组织与阿富汗合作所依据的路线图。'],
  },
  'un-sco-high-level-event-2019': {
    title: '合作促进和平、安全与稳定：防止恐怖主义与有组织犯罪相勾连及通过贩毒为其融资',
    ...unHeadquarters,
    description: [
      '2019年11月19日，第三次联合国—上海合作组织高级别特别活动在纽约联合国总部举行。活动由上合组织秘书处与俄罗斯常驻联合国代表团共同主办，联合国总部领导层提供了协助。',
      '联合国秘书长安东尼奥·古特雷斯、俄罗斯联邦外交部副部长伊戈尔·莫尔古洛夫、上海合作组织秘书长弗拉基米尔·诺罗夫和上海合作组织地区反恐怖机构执行委员会主任朱马洪·吉约索夫在开幕式上致辞。上合组织成员国、观察员国和对话伙伴代表发言，其他国家、欧盟国家和国际组织的代表出席。与会者约180人。',
      '小组讨论涉及安全、打击恐怖主义、毒品贩运和跨国有组织犯罪等问题。与会者指出，上述威胁正相互交织，需要制定新的普遍性措施，防止恐怖活动从贩毒、非法武器贸易、贩运人口和其他犯罪活动的收益中获利。',
      '每位与会者都获得了介绍上合组织及其禁毒合作的宣传册，以及规范上合组织成员国打击恐怖主义和极端主义合作的文件。',
    ],
    participation: {
      'un-secretariat': '联合国总部领导层提供协助',
      'antonio-guterres': '联合国秘书长；开幕式',
      'igor-morgulov': '俄罗斯联邦外交部副部长；开幕式',
      'vladimir-norov': '上海合作组织秘书长；开幕式和闭幕致辞',
      'jumakhon-giyosov': '上海合作组织地区反恐怖机构执行委员会主任；开幕式',
      ...memberStates('india', 'kazakhstan', 'china', 'kyrgyzstan', 'pakistan', 'tajikistan', 'uzbekistan'),
      russia: '上海合作组织成员国，由外交部副部长莫尔古洛夫代表；原文所列应邀发言的成员国中未包括俄罗斯',
      ...observers('afghanistan', 'belarus', 'iran'),
      ...dialoguePartners,
      bahrain: '原文中的英文拼写为Bahrein',
      colombia: '原文中的英文拼写为Columbia',
      'european-union': '原文为“欧盟国家”',
      'united-kingdom': '原文为“大不列颠”',
    },
    livestream: '由联合国新闻部门（联合国全球传播部）在联合国主频道联合国网络电视直播。',
  },
  'us-taliban-agreement-signing-2020': {
    title: '美国与塔利班签署协议',
    city: '多哈',
    description: [
      '2020年2月29日，美国与塔利班在卡塔尔首都多哈签署《为阿富汗带来和平协议》。上海合作组织秘书长诺罗夫称其为阿富汗和平进程中的重要事件，并表示上合组织应邀出席，证明了其日益提升的国际威望和影响力。',
    ],
    participation: { sco: '应邀出席' },
  },
  'aies-roundtable-2020': {
    title: '上海合作组织在促进和平与安全方面的作用',
    city: '维也纳',
    description: [
      '2020年3月4日，上海合作组织秘书长诺罗夫出席了与奥地利欧洲与安全政策研究所（AIES）合作举办的“上海合作组织在促进和平与安全方面的作用”圆桌会议。该研究所所长维尔纳·法斯拉本德致欢迎辞。上合组织国家外交机构代表和奥地利研究分析中心的专家出席。',
      '与会者提议：由欧盟、上合组织、联合国毒品和犯罪问题办公室和中亚国家举行预防恐怖主义专家会谈；开展欧盟—上合组织—欧安组织合作，应对中亚地区的跨国威胁；由毒罪办、上合组织和欧盟制定打击毒品非法贩运的联合措施；在欧盟—上合组织—东盟框架内交流信息安全和打击信息通信技术领域极端主义的最佳做法。与会者普遍支持诺罗夫提出的利用上合组织论坛及其经济智库联盟平台开展上合组织与欧盟分析机构合作的设想。',
      '在讨论的线上环节，诺罗夫回答了有关上合组织工作的提问。',
    ],
    participation: {
      'werner-fasslabend': '奥地利欧洲与安全政策研究所所长；致欢迎辞',
      'vladimir-norov': '上海合作组织秘书长；讲话并回答提问',
      austria: '奥地利从事安全问题研究的研究和分析中心的专家',
    },
  },
}

export const speeches: Record<string, SpeechTranslation> = {
  'norov-un-sco-2019-opening-remarks': {
    title: '上海合作组织秘书长诺罗夫在联合国—上海合作组织高级别特别活动开幕式上的致辞',
  },
  'norov-un-sco-2019-closing-remarks': {
    title: '上海合作组织秘书长诺罗夫在联合国—上海合作组织高级别特别活动上的闭幕致辞',
  },
  'guterres-un-sco-2019-remarks': {
    title: '联合国秘书长古特雷斯在联合国—上海合作组织高级别特别活动开幕式上的致辞',
  },
  'morgulov-un-sco-2019-remarks': {
    title: '俄罗斯联邦外交部副部长莫尔古洛夫在联合国—上海合作组织高级别特别活动开幕式上的致辞',
  },
  'giyosov-un-sco-2019-remarks': {
    title:
      '上海合作组织地区反恐怖机构执行委员会主任吉约索夫在联合国—上海合作组织高级别特别活动开幕式上的致辞',
  },
  'alimov-un-sco-2018-remarks': {
    title: '上海合作组织秘书长阿利莫夫在第二次联合国—上海合作组织高级别特别活动上的讲话',
  },
  'guterres-un-sco-2018-report': {
    title: '联合国秘书长古特雷斯在第二次联合国—上海合作组织高级别特别活动上的报告',
  },
  'sysoyev-un-sco-2018-report': {
    title:
      '上海合作组织地区反恐怖机构执行委员会主任瑟索耶夫在第二次联合国—上海合作组织高级别特别活动上的报告',
  },
  'voronkov-un-sco-2018-report': {
    title:
      '联合国副秘书长兼联合国反恐怖主义办公室主任沃龙科夫在第二次联合国—上海合作组织高级别特别活动上的报告',
  },
  'monasebian-un-sco-2018-report': {
    title:
      '联合国毒品和犯罪问题办公室纽约联络处主任莫纳塞比安在第二次联合国—上海合作组织高级别特别活动上的报告',
  },
  'fedotov-sco-unodc-meeting-2017-statement': {
    title: '联合国毒品和犯罪问题办公室执行主任费多托夫在与上海合作组织秘书长阿利莫夫会见时的讲话',
  },
  'alimov-sco-unodc-meeting-2017-statement': {
    title: '上海合作组织秘书长阿利莫夫在与联合国毒品和犯罪问题办公室执行主任费多托夫会见时的讲话',
  },
  'norov-aies-roundtable-2020-speech': {
    title: '上海合作组织秘书长诺罗夫在“上海合作组织在促进和平与安全方面的作用”圆桌会议上的讲话',
  },
  'fasslabend-aies-roundtable-2020-welcome': {
    title:
      '奥地利欧洲与安全政策研究所所长法斯拉本德在“上海合作组织在促进和平与安全方面的作用”圆桌会议上的欢迎辞',
  },
}
