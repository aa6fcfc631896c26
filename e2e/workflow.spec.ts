import { wallTime } from './admin-path'
import { expect, signIn, test, workflow } from './site-helpers'

/**
 * An embargo lifts by itself: the production server's jobs queue publishes the release at its
 * time. The review workflow as people click it in the admin (draft, submit, changes requested,
 * approve, embargo in a zone found by typing, journalist links, publish) is e2e/editorial-path.spec.ts;
 * "Publish now" without an embargo is in e2e/quotes.spec.ts. The release is deleted after the test
 * (the `newDraft` fixture): other specs count the public releases exactly.
 */

test('an embargoed release is absent before its time and public after it', async ({
  browser,
  playwright,
  baseURL,
  staff,
  newDraft,
}) => {
  test.setTimeout(120_000)
  const doc = await newDraft(`Embargoed statement ${Date.now()}`)
  await workflow(staff, doc.id, { action: 'submit' })
  // A few seconds ahead, sent as the review panel sends it: the wall time in Tashkent and the
  // zone, which the server resolves (a wrong zone would put the lift hours away, and the test
  // would time out). The test controls the time: no waiting a minute for the queue's tick.
  const lift = new Date(Math.ceil((Date.now() + 6_000) / 1_000) * 1_000)
  await workflow(staff, doc.id, {
    action: 'embargo',
    at: wallTime(lift, 'Asia/Tashkent'),
    timezone: 'Asia/Tashkent',
  })

  const publicApi = await playwright.request.newContext({ baseURL })
  expect((await publicApi.get(`/api/press-releases/${doc.id}`)).status()).toBe(404)
  expect((await publicApi.get(`/en/news/${doc.slug}`)).status()).toBe(404)

  // Once the time has come, run the queue now instead of waiting for the next minute's tick.
  const admin = (await signIn(browser, 'admin')).context().request
  await expect
    .poll(
      async () => {
        if (Date.now() < lift.getTime()) return 404
        await admin.get('/api/payload-jobs/run', { headers: { origin: baseURL! } })
        return (await publicApi.get(`/api/press-releases/${doc.id}`)).status()
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(200)
  expect((await publicApi.get(`/en/news/${doc.slug}`)).status()).toBe(200)
  await publicApi.dispose()
})
