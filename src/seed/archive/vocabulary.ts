import type { Locale } from '@/content/locales'

/**
 * The words of the synthetic archive, each in English, Russian and Chinese (same position, same
 * meaning), so that a generated release reads as one text in three languages.
 */
export type Term = Readonly<Record<Locale, string>>

const terms = (rows: readonly (readonly [string, string, string])[]): Term[] =>
  rows.map(([en, ru, zh]) => ({ en, ru, zh }))

export const givenNames = terms([
  ['Aigerim', 'Айгерим', '艾格林'],
  ['Bakhtiyor', 'Бахтиёр', '巴赫季约尔'],
  ['Daulet', 'Даулет', '达乌列特'],
  ['Farrukh', 'Фаррух', '法鲁赫'],
  ['Gulnara', 'Гульнара', '古丽娜拉'],
  ['Ilkhom', 'Ильхом', '伊利霍姆'],
  ['Kamila', 'Камила', '卡米拉'],
  ['Li', 'Ли', '李'],
  ['Marat', 'Марат', '马拉特'],
  ['Nodira', 'Нодира', '诺迪拉'],
  ['Olga', 'Ольга', '奥尔加'],
  ['Rustam', 'Рустам', '鲁斯塔姆'],
  ['Sanjar', 'Санжар', '桑贾尔'],
  ['Timur', 'Тимур', '帖木儿'],
  ['Wang', 'Ван', '王'],
  ['Zarina', 'Зарина', '扎丽娜'],
])

export const surnames = terms([
  ['Abdullaev', 'Абдуллаев', '阿卜杜拉耶夫'],
  ['Bekov', 'Беков', '别科夫'],
  ['Chen', 'Чэнь', '陈'],
  ['Dzhumabaev', 'Джумабаев', '朱马巴耶夫'],
  ['Ermekov', 'Ермеков', '叶尔梅科夫'],
  ['Gafurov', 'Гафуров', '加富罗夫'],
  ['Ismoilov', 'Исмоилов', '伊斯莫伊洛夫'],
  ['Karimova', 'Каримова', '卡里莫娃'],
  ['Kuznetsov', 'Кузнецов', '库兹涅佐夫'],
  ['Mirzaev', 'Мирзаев', '米尔扎耶夫'],
  ['Nurlanov', 'Нурланов', '努尔兰诺夫'],
  ['Petrova', 'Петрова', '彼得罗娃'],
  ['Rakhimov', 'Рахимов', '拉希莫夫'],
  ['Sultanova', 'Султанова', '苏尔塔诺娃'],
  ['Tokaev', 'Токаев', '托卡耶夫'],
  ['Usmonov', 'Усмонов', '乌斯莫诺夫'],
  ['Volkov', 'Волков', '沃尔科夫'],
  ['Yusupov', 'Юсупов', '尤苏波夫'],
  ['Zhanibekov', 'Жанибеков', '扎尼别科夫'],
  ['Zhou', 'Чжоу', '周'],
])

export const roles = terms([
  ['Ambassador', 'Посол', '大使'],
  ['Deputy Foreign Minister', 'Заместитель министра иностранных дел', '副外长'],
  ['Deputy Secretary-General', 'Заместитель Генерального секретаря', '副秘书长'],
  ['Permanent Representative', 'Постоянный представитель', '常驻代表'],
  ['National Coordinator', 'Национальный координатор', '国家协调员'],
  ['Director of the Department', 'Директор департамента', '司长'],
])

export const cities = terms([
  ['Beijing', 'Пекин', '北京'],
  ['Moscow', 'Москва', '莫斯科'],
  ['Tashkent', 'Ташкент', '塔什干'],
  ['Astana', 'Астана', '阿斯塔纳'],
  ['Bishkek', 'Бишкек', '比什凯克'],
  ['Dushanbe', 'Душанбе', '杜尚别'],
  ['Islamabad', 'Исламабад', '伊斯兰堡'],
  ['New Delhi', 'Нью-Дели', '新德里'],
  ['Tehran', 'Тегеран', '德黑兰'],
  ['Minsk', 'Минск', '明斯克'],
  ['Qingdao', 'Циндао', '青岛'],
  ['Samarkand', 'Самарканд', '撒马尔罕'],
  ['Vienna', 'Вена', '维也纳'],
  ['New York', 'Нью-Йорк', '纽约'],
  ['Geneva', 'Женева', '日内瓦'],
])

export const topicNames = terms([
  ['Counter-terrorism', 'Противодействие терроризму', '反恐'],
  ['Drug trafficking', 'Незаконный оборот наркотиков', '禁毒'],
  ['Regional security', 'Региональная безопасность', '地区安全'],
  ['Economic cooperation', 'Экономическое сотрудничество', '经济合作'],
  ['Energy', 'Энергетика', '能源'],
  ['Transport connectivity', 'Транспортная взаимосвязанность', '交通互联互通'],
  ['Culture', 'Культура', '文化'],
  ['Education', 'Образование', '教育'],
  ['Public health', 'Здравоохранение', '卫生'],
  ['Tourism', 'Туризм', '旅游'],
  ['Environment', 'Охрана окружающей среды', '环境保护'],
  ['Digital economy', 'Цифровая экономика', '数字经济'],
  ['Agriculture', 'Сельское хозяйство', '农业'],
  ['Youth', 'Молодёжь', '青年'],
  ['Media', 'Средства массовой информации', '媒体'],
  ['Disaster relief', 'Ликвидация последствий стихийных бедствий', '救灾'],
  ['Finance', 'Финансы', '金融'],
  ['Science and technology', 'Наука и технологии', '科技'],
  ['Trade', 'Торговля', '贸易'],
  ['Sport', 'Спорт', '体育'],
])

export const eventKinds = terms([
  ['meeting of national coordinators', 'заседание национальных координаторов', '国家协调员会议'],
  ['expert roundtable', 'экспертный круглый стол', '专家圆桌会议'],
  ['high-level conference', 'конференция высокого уровня', '高级别会议'],
  ['forum', 'форум', '论坛'],
  ['working group session', 'сессия рабочей группы', '工作组会议'],
])

export const partners = terms([
  ['the United Nations', 'Организация Объединённых Наций', '联合国'],
  ['ASEAN', 'АСЕАН', '东盟'],
  ['the CIS', 'СНГ', '独联体'],
  ['UNODC', 'УНП ООН', '联合国毒品和犯罪问题办公室'],
  ['the CSTO', 'ОДКБ', '集体安全条约组织'],
  ['UNESCAP', 'ЭСКАТО ООН', '亚太经社会'],
])

/** Sentences with slots: {actor}, {topic}, {city}, {partner}, {year}. */
export const sentences = terms([
  [
    '{actor} took part in the talks on {topic} held in {city}.',
    '{actor} принял участие в переговорах по теме «{topic}» в городе {city}.',
    '{actor}出席了在{city}举行的关于{topic}的会谈。',
  ],
  [
    'The parties reviewed the progress made since {year} and agreed on the next steps.',
    'Стороны рассмотрели ход работы с {year} года и согласовали дальнейшие шаги.',
    '双方回顾了{year}年以来取得的进展，并商定了下一步工作。',
  ],
  [
    'Particular attention was paid to cooperation with {partner}.',
    'Особое внимание было уделено сотрудничеству с {partner}.',
    '会议特别关注与{partner}的合作。',
  ],
  [
    'The delegations exchanged views on {topic} and on the regional situation.',
    'Делегации обменялись мнениями по теме «{topic}» и о ситуации в регионе.',
    '各代表团就{topic}和地区形势交换了意见。',
  ],
  [
    'The meeting in {city} confirmed the shared interest in practical results.',
    'Встреча в городе {city} подтвердила общую заинтересованность в практических результатах.',
    '在{city}举行的会议确认了各方对务实成果的共同关注。',
  ],
  [
    'Experts presented proposals to strengthen {topic} over the coming years.',
    'Эксперты представили предложения по укреплению направления «{topic}» на ближайшие годы.',
    '专家们提出了今后几年加强{topic}的建议。',
  ],
  [
    'The participants noted the contribution of {partner} to joint projects.',
    'Участники отметили вклад {partner} в совместные проекты.',
    '与会者肯定了{partner}对联合项目的贡献。',
  ],
  [
    '{actor} thanked the hosts in {city} for their hospitality and excellent organisation.',
    '{actor} поблагодарил принимающую сторону в городе {city} за гостеприимство и прекрасную организацию.',
    '{actor}感谢{city}东道主的热情接待和周到安排。',
  ],
])

/** Headlines with the same slots. */
export const headlines = terms([
  [
    '{actor} discusses {topic} in {city}',
    '{actor}: обсуждение темы «{topic}» в городе {city}',
    '{actor}在{city}讨论{topic}问题',
  ],
  ['{city} hosts {event} on {topic}', '{city}: {event} по теме «{topic}»', '{city}举办{topic}{event}'],
  [
    'SCO and {partner} step up cooperation on {topic}',
    'ШОС и {partner} активизируют сотрудничество по теме «{topic}»',
    '上合组织与{partner}加强{topic}合作',
  ],
  [
    '{actor} meets delegation in {city} ahead of the {event}',
    '{actor} встретился с делегацией в городе {city} накануне мероприятия «{event}»',
    '{actor}在{event}前夕于{city}会见代表团',
  ],
])

/** Key quotes of a speech. */
export const quoteLines = terms([
  [
    'Our cooperation on {topic} has never been more important than it is today.',
    'Наше сотрудничество по теме «{topic}» сегодня важно как никогда.',
    '我们在{topic}领域的合作从未像今天这样重要。',
  ],
  [
    'No country can meet these challenges alone; we must act together.',
    'Ни одна страна не может справиться с этими вызовами в одиночку; мы должны действовать вместе.',
    '任何国家都无法单独应对这些挑战，我们必须共同行动。',
  ],
  [
    'The results achieved in {city} show what practical cooperation can deliver.',
    'Результаты, достигнутые в городе {city}, показывают, что может дать практическое сотрудничество.',
    '在{city}取得的成果表明了务实合作能够带来什么。',
  ],
])

export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => slots[name] ?? match)
}
