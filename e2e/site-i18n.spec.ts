import { releases } from '../src/seed/data/releases'
import { translations } from '../src/seed/data/translations'
import { expect, expectAccessible, staffHeaders, test, workflow } from './site-helpers'

const first = releases[0]!

test('the language switch keeps the page; Russian and Chinese interfaces and content', async ({ page }) => {
  await page.goto(`/en/news/${first.key}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  for (const [lang, href] of [
    ['ru', `/ru/news/${first.key}`],
    ['zh-Hans', `/zh/news/${first.key}`],
    ['x-default', `/en/news/${first.key}`],
  ])
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      'href',
      new RegExp(`${href}$`),
    )

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(new RegExp(`/ru/news/${first.key}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByText('Пресс-релиз', { exact: true })).toBeVisible()
  // The demo releases are translated (src/seed/data/*.ru.ts): Russian text, no fallback note.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    translations.ru!.releases![first.key]!.headline,
  )
  await expect(page.getByRole('note')).toHaveCount(0)
  await expectAccessible(page)

  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(new RegExp(`/zh/news/${first.key}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '新闻' }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    translations.zh!.releases![first.key]!.headline,
  )
  await expect(page.getByRole('note')).toHaveCount(0)
  await expectAccessible(page)
})

test('translated records show their own language without the note', async ({ page }) => {
  await page.goto('/ru/participants/india')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Индия')
  await expect(page.getByRole('note')).toHaveCount(0)
  await expect(page.getByText('Государство-член')).toBeVisible()
  await page.goto('/zh/topics/terrorism')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('打击恐怖主义')
})

test('"/" picks the reader’s language; unprefixed section URLs move to English', async ({
  browser,
  request,
}) => {
  const russian = await browser.newContext({
    locale: 'ru-RU',
    extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9' },
  })
  const page = await russian.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/ru$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Последние новости')
  await russian.close()
  const moved = await request.get(`/news/${first.key}`, { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers().location).toBe(`/en/news/${first.key}`)
})

test('the language switch keeps the query string (a search, the news filters)', async ({ page }) => {
  await page.goto('/en/search?q=Norov')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click()
  await expect(page).toHaveURL(/\/ru\/search\?q=Norov$/)
  await expect(page.locator('.search-hits mark').first()).toHaveText(/norov/i)
  await page.goto('/en/news?topic=terrorism')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click()
  await expect(page).toHaveURL(/\/zh\/news\?topic=terrorism$/)
})

test('translated text in lists and on record pages carries no English mark', async ({ page }) => {
  // The demo newsroom is translated (src/seed/data/*.ru.ts, *.zh.ts); the next test marks English-only records.
  await page.goto('/ru/news')
  const card = page.locator('.release-card').first()
  await expect(card.locator('h2')).not.toHaveAttribute('lang', 'en')
  await expect(card.locator('article > p').last()).not.toHaveAttribute('lang', 'en')
  await page.goto('/ru/participants/vladimir-norov')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en')
  await expect(page.locator('.lede').first()).not.toHaveAttribute('lang', 'en')
  await page.goto('/zh/documents/a-res-59-48')
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'en')
  await expect(page.locator('.lede').first()).not.toHaveAttribute('lang', 'en')
  await page.goto('/ru/events/un-sco-high-level-event-2016')
  await expect(page.locator('.event-description')).not.toHaveAttribute('lang', 'en')
  await expectAccessible(page)
  // English pages carry no extra marks.
  await page.goto('/en/news')
  await expect(page.locator('.release-card h2[lang]')).toHaveCount(0)
})

test('English-only records are marked lang="en" in Russian lists, on their page and in search hits', async ({
  page,
  staff,
  cleanup,
}) => {
  const stamp = Date.now()
  const create = async (collection: 'topics' | 'events', data: Record<string, unknown>) => {
    const response = await staff.post(`/api/${collection}`, {
      headers: staffHeaders,
      data: { ...data, _status: 'published' },
    })
    expect(response.ok(), await response.text()).toBeTruthy()
    const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
    cleanup(collection, doc.id)
    return doc
  }
  // Written in English only: no Russian title, description, venue or city.
  const topicTitle = `Fallback topic ${stamp}`
  const topic = await create('topics', {
    title: topicTitle,
    description: `An English-only description ${stamp}.`,
  })
  const eventTitle = `Fallback event ${stamp}`
  // Long past, so that it is no home-page event and comes last in the events list.
  await create('events', {
    title: eventTitle,
    type: 'meeting',
    startsAt: '2001-06-15T09:00:00.000Z',
    startsAt_tz: 'Asia/Shanghai',
    venue: 'Fallback Hall',
    city: 'Shanghai',
  })

  // Its own page: English title and description, marked, with the visible note.
  await page.goto(`/ru/topics/${topic.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topicTitle)
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en')
  await expect(page.locator('.lede')).toHaveText(`An English-only description ${stamp}.`)
  await expect(page.locator('.lede')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('note')).toContainText('не переведён')

  // The home page's topics: the English one is marked, the translated ones are not.
  await page.goto('/ru')
  const topics = page.locator('.topic-list')
  await expect(topics.getByRole('link', { name: topicTitle })).toHaveAttribute('lang', 'en')
  await expect(topics.getByRole('link', { name: 'Противодействие терроризму' })).not.toHaveAttribute(
    'lang',
    /./,
  )
  await expectAccessible(page)

  // The events list: its English title, venue and city are marked; Russian titles are not.
  await page.goto('/ru/events')
  const item = page.locator('.event-list li').filter({ hasText: eventTitle })
  await expect(item.locator('.event-title')).toHaveAttribute('lang', 'en')
  await expect(item.locator('.muted span[lang="en"]')).toHaveText(['Fallback Hall', 'Shanghai'])
  await expect(
    page
      .locator('.event-list li')
      .filter({ hasText: 'Заседание Совета глав государств-членов ШОС в Астане' })
      .locator('.event-title'),
  ).not.toHaveAttribute('lang', /./)
  await expectAccessible(page)

  // An event's speeches, speakers and participants (translated) are not marked.
  await page.goto('/ru/events/un-sco-high-level-event-2019')
  const speeches = page.locator('.record-section a[href^="/ru/speeches/"]')
  await expect(speeches.first()).toBeVisible()
  for (const speech of await speeches.all()) await expect(speech).not.toHaveAttribute('lang', /./)
  await expect(page.locator('.record-section a[href^="/ru/participants/"]').first()).toBeVisible()
  await expect(page.locator('.record-section a[href^="/ru/participants/"][lang]')).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Владимир Норов' }).first()).toBeVisible()
  // A speech's English text and quotes (quoted as given), a translated speaker; translated job titles.
  await page.goto('/ru/speeches/norov-un-sco-2019-opening-remarks')
  await expect(page.locator('.release-body')).toHaveAttribute('lang', 'en')
  await expect(page.locator('.quote-block p').first()).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('link', { name: 'Владимир Норов' })).not.toHaveAttribute('lang', /./)
  await page.goto('/ru/participants/vladimir-norov')
  await expect(page.locator('.timeline strong').first()).not.toHaveAttribute('lang', /./)

  // Search: English-only hits are marked, a Russian one is not.
  await page.goto(`/ru/search?q=${stamp}`)
  const hit = page.locator('.search-hits li').filter({ hasText: eventTitle })
  await expect(hit.locator('h3')).toHaveAttribute('lang', 'en')
  await page.goto('/ru/search?q=Norov')
  // Found by its English text (the Russian has "Норов"): its Russian title, the English excerpt marked.
  const release = page.locator('section[aria-labelledby="group-releases"] .search-hits > li').first()
  await expect(release.locator('h3')).not.toHaveAttribute('lang', /./)
  await expect(release.locator('p:not(.muted):not(.lang-label)')).toHaveAttribute('lang', 'en')
  await expect(release.locator('.lang-label')).toHaveCount(0)
  await expectAccessible(page)
  await page.goto('/ru/search?q=%D0%98%D0%BD%D0%B4%D0%B8%D1%8F')
  await expect(page.locator('.search-hits h3').filter({ hasText: 'Индия' })).not.toHaveAttribute('lang', /./)
})

test('a Russian list says which releases are in English; datelines are Russian; a Cyrillic search in English offers Russian', async ({
  page,
  staff,
  newDraft,
}) => {
  const stamp = Date.now()
  const english = await newDraft(`English-only release ${stamp}`)
  const translated = await newDraft(`Translated release ${stamp}`)
  const russian = await staff.patch(`/api/press-releases/${translated.id}?draft=true&locale=ru`, {
    headers: staffHeaders,
    data: {
      headline: `Переведённый пресс-релиз ${stamp}`,
      summary: 'Краткое содержание на русском языке.',
      dateline: { place: 'Вена', date: '2026-11-20T12:00:00.000Z' },
    },
  })
  expect(russian.ok(), await russian.text()).toBeTruthy()
  // The public reads a translation once an editor approves it (the translation desk).
  for (const action of ['done', 'approve']) {
    const marked = await staff.post(`/api/press-releases/${translated.id}/translation`, {
      headers: staffHeaders,
      data: { locale: 'ru', action },
    })
    expect(marked.ok(), await marked.text()).toBeTruthy()
  }
  for (const draft of [english, translated])
    for (const action of ['submit', 'publish']) await workflow(staff, draft.id, { action })

  // The list: the English-only release is labelled and its headline and place marked English.
  await page.goto('/ru/news')
  const englishCard = page.locator('.release-card').filter({ hasText: `English-only release ${stamp}` })
  await expect(englishCard.locator('.lang-label')).toHaveText('На английском')
  await expect(englishCard.locator('h2')).toHaveAttribute('lang', 'en')
  await expect(englishCard.locator('.dateline')).toHaveText('VIENNA, 20 ноября 2026 года —')
  await expect(englishCard.locator('.dateline span[lang="en"]')).toHaveText('VIENNA')
  const russianCard = page.locator('.release-card').filter({ hasText: `Переведённый пресс-релиз ${stamp}` })
  await expect(russianCard.locator('.lang-label')).toHaveCount(0)
  await expect(russianCard.locator('.dateline')).toHaveText('ВЕНА, 20 ноября 2026 года —')
  await expectAccessible(page)

  // The English release's page: its dateline is Russian (the place in English, marked) inside English text.
  await page.goto(`/ru/news/${english.slug}`)
  const dateline = page.locator('.release-body .dateline')
  await expect(dateline).toHaveText('VIENNA, 20 ноября 2026 года —')
  await expect(dateline).toHaveAttribute('lang', 'ru')
  await page.goto(`/zh/news/${translated.slug}`)
  await expect(page.locator('.release-body .dateline')).toHaveText('2026年11月20日，VIENNA——')

  // A Cyrillic query on the English page: nothing in English, the Russian results offered.
  await page.goto('/en/search?q=%D0%9D%D0%BE%D1%80%D0%BE%D0%B2')
  const offer = page.getByRole('link', { name: /^Search in Russian: \d+ results$/ })
  await expect(offer).toBeVisible()
  await expectAccessible(page)
  await offer.click()
  await expect(page).toHaveURL(/\/ru\/search\?q=%D0%9D%D0%BE%D1%80%D0%BE%D0%B2$/)
  await expect(page.locator('.search-hits li').first()).toBeVisible()
})
