import { changeDatabase, expect, test } from './support/fixtures';

test("reader pages are served from the app's cache; caches in front of it keep them 30 s, since they hear no change", async ({ request, story }) => {
  for (const path of [`/articles/${story.slug}`, '/', '/sections/science', `/tags/${story.tagSlug}`, '/authors/amara-okafor?page=1']) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()['x-nextjs-cache'], path).toMatch(/HIT|STALE/);
    expect(again.headers()['cache-control'], path).toMatch(/^s-maxage=30, stale-while-revalidate=\d+$/);
  }
  // Per-reader and per-query pages are never shared.
  expect((await request.get('/search?q=ferry')).headers()['cache-control']).toContain('no-store');
});

test('an editor refreshes a story and every page that shows it changes at once', async ({ page, request, editorPage, story }) => {
  const pages = [`/articles/${story.slug}`, '/sections/science', `/tags/${story.tagSlug}`];
  await page.goto(pages[0]!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);

  // A fix made to the database by hand: readers keep the cached pages until told otherwise.
  const corrected = `${story.headline} (corrected)`;
  changeDatabase('UPDATE articles SET headline = ? WHERE id = ?', corrected, story.id);
  await page.goto(pages[0]!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);

  await editorPage.goto(`/staff/stories/${story.id}`);
  await editorPage.getByRole('button', { name: 'Refresh on the site' }).click();
  await expect(editorPage.getByRole('status')).toHaveText('Readers now see the current version on every page.');

  // The next reader is not kept waiting for a new render: they get the page as it was, at once,
  // and the new one renders behind them.
  const next = await request.get(pages[0]!);
  expect(next.headers()['x-nextjs-cache']).toBe('STALE');
  expect(await next.text()).not.toContain(corrected);

  // Every page that shows the story, within seconds. (A render already under way when the
  // editor clicked can still store the old version; revalidateStory marks it again 1.5 s on.)
  for (const path of [...pages, '/sections/science/feed.xml']) {
    await expect.poll(async () => (await request.get(path)).text(), { message: path, timeout: 5000, intervals: [250] }).toContain(corrected);
  }
  await page.goto(pages[0]!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(corrected);
});

test('a writer is not offered the refresh, and a forged call from a writer is refused', async ({ editorPage, writerPage, story }) => {
  await writerPage.goto(`/staff/stories/${story.id}`);
  await expect(writerPage.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  await expect(writerPage.getByRole('button', { name: 'Refresh on the site' })).toHaveCount(0);

  // Capture the editor's real action call, then replay it with the writer's session.
  await editorPage.goto(`/staff/stories/${story.id}`);
  const call = editorPage.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await editorPage.getByRole('button', { name: 'Refresh on the site' }).click();
  const captured = await call;
  // The writer's own request context sends the writer's cookie, never the editor's.
  const headers = Object.fromEntries(Object.entries(captured.headers()).filter(([name]) => name !== 'cookie'));
  const forged = await writerPage.request.fetch(captured.url(), { method: 'POST', headers, data: captured.postDataBuffer()! });
  expect(forged.status()).toBe(200);
  expect(await forged.text()).toContain('You are not allowed to do that.');
});

test('a story taken down is gone at once: its cached page is not served again, not even once', async ({ request, editorPage, story }) => {
  const path = `/articles/${story.slug}`;
  await request.get(path);
  expect((await request.get(path)).headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
  await editorPage.goto(`/staff/stories/${story.id}/edit`);
  await editorPage.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editorPage.locator('.kicker').first()).toHaveText('Unpublished');
  // An update is served stale once while the new page renders; a take-down never is.
  for (let i = 0; i < 3; i++) expect((await request.get(path)).status()).toBe(410);
  const section = await request.get(`/sections/${story.sectionSlug}`);
  expect(await section.text()).not.toContain(story.headline);
});
