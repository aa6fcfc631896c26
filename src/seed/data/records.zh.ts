import type { DocumentTranslation, TopicTranslation } from '../translationSchema'

/** The topics and documents in Chinese, translated by the Communiqué team (not official SCO translations). */

export const topics: Record<string, TopicTranslation> = {
  'un-sco-cooperation': {
    title: '联合国与上海合作组织的合作',
    description:
      '上海合作组织与联合国及其秘书处、办事处和机构的关系：联合国大会观察员地位、2010年联合声明、2011年与联合国毒品和犯罪问题办公室签署的谅解备忘录，以及2016年以来举办的联合高级别特别活动。',
  },
  terrorism: {
    title: '打击恐怖主义',
    description:
      '打击恐怖主义的努力，包括应对外国恐怖主义战斗人员、“休眠细胞”和“独狼”式恐怖分子、恐怖主义融资和恐怖主义宣传，以及上海合作组织地区反恐怖机构和联合国反恐怖主义办公室的工作。',
  },
  'drug-trafficking': {
    title: '非法贩运毒品',
    description:
      '打击毒品非法生产和贩运、减少毒品需求，包括防止利用贩毒收益资助恐怖主义、与联合国毒品和犯罪问题办公室的合作以及国际药物管制公约。',
  },
  'organised-crime': {
    title: '跨国有组织犯罪',
    description: '跨境有组织犯罪，包括非法武器贸易、贩运人口和非法移民，及其与恐怖主义日益紧密的联系。',
  },
  extremism: {
    title: '打击极端主义',
    description:
      '预防激进化、抵御极端主义意识形态，包括《上海合作组织反极端主义公约》以及与公民社会和媒体的合作。',
  },
  'regional-security': {
    title: '和平、安全与稳定',
    description: '地区和国际和平、安全与稳定，以及上海合作组织在欧亚地区综合、不可分割的安全架构中的作用。',
  },
  afghanistan: {
    title: '阿富汗',
    description:
      '阿富汗冲突的解决与包容性和平进程、“上海合作组织—阿富汗联络组”路线图、2020年美国与塔利班协议，以及阿富汗的毒品生产和贩运问题。',
  },
  'information-security': {
    title: '国际信息安全',
    description: '信息空间负责任国家行为规则、网络安全和网络犯罪，以及防止恐怖分子和极端分子利用互联网。',
  },
  'sustainable-development': {
    title: '可持续发展',
    description:
      '社会经济发展目标，以及上海合作组织与联合国在加强和平与安全的同时促进可持续发展的共同目标，包括经济和人文合作。',
  },
  youth: {
    title: '青年',
    description: '防止激进思想在青年中传播，以及根据上海合作组织成员国元首致青年共同寄语制定的行动计划。',
  },
  'eu-sco-cooperation': {
    title: '欧盟与上海合作组织的合作',
    description:
      '上海合作组织与欧洲联盟及其研究机构的对话，包括欧盟中亚战略以及与欧安组织、东盟和联合国毒品和犯罪问题办公室的联合合作形式。',
  },
}

export const documents: Record<string, DocumentTranslation> = {
  'a-res-59-48': {
    title: '上海合作组织的大会观察员地位',
    place: '纽约',
    summary:
      '联合国大会第五十九届会议第65次全体会议通过的决议，给予上海合作组织观察员地位，即以观察员身份参加大会届会和工作的权利。',
  },
  'sco-un-secretariats-joint-declaration-2010': {
    title: '上海合作组织秘书处与联合国秘书处合作联合声明',
    place: '塔什干',
    summary:
      '上海合作组织秘书长与联合国秘书长在塔什干签署的声明，其中特别确认了进一步加强联系和信息交流的决心。该声明与2011年上海合作组织秘书处同联合国毒品和犯罪问题办公室签署的谅解备忘录共同构成上海合作组织与联合国合作的制度基础。',
  },
  'sco-unodc-mou-2011': {
    title: '上海合作组织秘书处与联合国毒品和犯罪问题办公室谅解备忘录',
    place: '阿斯塔纳',
    summary:
      '该备忘录为上海合作组织秘书处与联合国毒品和犯罪问题办公室开展经常性互动、包括在“巴黎公约倡议”框架内的互动开辟了广阔前景。',
  },
  'a-res-71-14': {
    title: '联合国与上海合作组织之间的合作',
    place: '纽约',
    summary:
      '2016年11月联合国大会关于联合国与上海合作组织合作的决议。上海合作组织秘书长拉希德·阿利莫夫表示，该决议为上海合作组织与联合国毒品和犯罪问题办公室的合作注入了新动力。',
  },
  'sco-charter': {
    title: '上海合作组织宪章',
    place: '圣彼得堡',
    summary: '上海合作组织的创始条约，由六个创始成员国元首签署，规定了本组织的宗旨、原则和机构。',
  },
  'sco-convention-against-terrorism': {
    title: '上海合作组织反恐怖主义公约',
    place: '叶卡捷琳堡',
    summary: '在叶卡捷琳堡峰会上签署的上海合作组织反恐合作公约，向任何有意愿的国家开放签署。',
  },
  'sco-convention-on-countering-extremism': {
    title: '上海合作组织反极端主义公约',
    place: '阿斯塔纳',
    summary: '2017年6月阿斯塔纳峰会上签署的上海合作组织反极端主义公约，向任何有意愿的国家开放签署。',
  },
  'sco-development-strategy-2025': {
    title: '上海合作组织至2025年发展战略',
    place: '乌法',
    summary:
      '2015年7月乌法峰会通过的上海合作组织长期战略。据上海合作组织秘书长拉希德·阿利莫夫介绍，各国领导人在青岛峰会上重申了上海合作组织根据该战略推进与联合国合作的方针。',
  },
  'sco-joint-address-to-youth-2018': {
    title: '上海合作组织成员国元首致青年共同寄语',
    place: '青岛',
    summary:
      '青岛峰会通过的上海合作组织成员国元首致青年寄语；据此制定的行动计划旨在揭露恐怖主义意识形态、促进青年顺利融入社会。',
  },
  'sco-youth-programme-of-action-2018': {
    title: '落实上海合作组织成员国元首致青年共同寄语的行动计划',
    place: '青岛',
    summary:
      '2018年青岛峰会通过、面向青年一代的行动计划：通过推行教育和信息政策揭露恐怖主义意识形态，为青年顺利融入社会创造条件，并本着“上海精神”发展不同文化、不同文明之间的对话。',
  },
  'sco-afghanistan-contact-group-roadmap-2019': {
    title: '上海合作组织—阿富汗联络组下一步行动路线图',
    place: '比什凯克',
    summary:
      '2019年比什凯克峰会批准的路线图，是上海合作组织与喀布尔合作的基础，旨在促进阿富汗经济恢复，遏制以该国为基地的国际恐怖组织，并打击毒品非法贩运和非法移民。',
  },
  'eu-strategy-central-asia-2019': {
    title: '欧盟中亚战略',
    summary:
      '欧盟修订后的中亚战略（欧盟理事会核准的联合通讯《欧盟与中亚：建立更牢固伙伴关系的新机遇》）。正如上海合作组织秘书长弗拉基米尔·诺罗夫所指出的，该战略将打击极端主义、激进主义和恐怖主义融资的国际合作列为优先事项，并鼓励建设开放、自由、安全的网络空间。',
  },
  'us-taliban-agreement-2020': {
    title: '为阿富汗带来和平协议',
    place: '多哈',
    summary:
      '美国与塔利班于2020年2月29日在多哈签署的协议，诺罗夫称之为阿富汗和平进程中的重要事件。塔利班承诺不把恐怖主义作为政治斗争手段，并防止阿富汗成为“伊斯兰国”和“基地”组织的庇护所。',
  },
  'single-convention-on-narcotic-drugs-1961': {
    title: '1961年麻醉品单一公约',
    place: '纽约',
    summary: '构成国际药物管制体系基础的三项联合国基本药物管制公约中的第一项。',
  },
  'convention-on-psychotropic-substances-1971': {
    title: '1971年精神药物公约',
    place: '维也纳',
    summary: '三项联合国基本药物管制公约中的第二项，将国际管制扩大到精神药物。',
  },
  'convention-against-illicit-traffic-1988': {
    title: '1988年联合国禁止非法贩运麻醉药品和精神药物公约',
    place: '维也纳',
    summary: '三项联合国基本药物管制公约中的第三项，旨在打击毒品非法贩运。',
  },
}
