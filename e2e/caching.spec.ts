import { changeDatabase, expect, test } from './support/fixtures';

test('reader pages are served from the cache with the lifetime the cache policy gives them', async ({ request, story }) => {
  for (const [path, maxAge] of [
    [`/articles/${story.slug}`, 60],
    ['/', 30],
    ['/sections/science', 30],
    [`/tags/${story.tagSlug}`, 30],
    ['/authors/amara-okafor?page=1', 30],
  ] as const) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()['x-nextjs-cache'], path).toMatch(/HIT|STALE/);
    expect(again.headers()['cache-control'], path).toContain(`s-maxage=${maxAge}`);
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

  // Every page that shows the story, within seconds. (A render already under way when the
  // editor clicked can still store the old version; revalidateStory expires it again 1.5 s on.)
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
