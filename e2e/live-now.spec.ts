import Database from 'better-sqlite3';
import { downloadCsvFrom } from './support/downloads';
import { e2eDatabasePath } from './support/e2e-env';
import { desktopChrome, expect, test } from './support/fixtures';

/** Live readers of one story, as the database holds them. */
function liveReadersOf(articleId: number): number {
  const db = new Database(e2eDatabasePath, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM live_readers WHERE article_id = ? AND seen_at >= unixepoch() - 300').pluck().get(articleId) as number;
  } finally {
    db.close();
  }
}

test('the live page refreshes itself and shows the readers a story has right now, as the database counts them', async ({
  editorPage: page,
  browser,
  story,
}) => {
  test.setTimeout(60_000);
  await page.goto('/staff/live');
  await expect(page.getByRole('heading', { level: 1, name: 'Live now' })).toBeVisible();
  const before = Number(await page.getByTestId('live-readers').innerText());

  // Two readers open the story while the editor watches, without reloading.
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ userAgent: desktopChrome });
    const reader = await context.newPage();
    await reader.goto(`/articles/${story.slug}`);
    await expect(reader.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
    await context.close();
  }
  expect(liveReadersOf(story.id)).toBe(2);
  const row = page.getByTestId('live-stories').getByRole('row').filter({ hasText: story.headline });
  await expect(row).toHaveCount(1, { timeout: 25_000 }); // the next 15-second refresh
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  expect(Number(await page.getByTestId('live-readers').innerText())).toBeGreaterThanOrEqual(before + 2);
  await expect(row.getByRole('link')).toHaveAttribute('href', `/staff/stories/${story.id}`);

  // The download is made from the rows on screen (a refresh may change them a moment later).
  const { filename, lines } = await downloadCsvFrom(page, 'What they are reading');
  expect(filename).toMatch(/^broadsheet-live-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
  expect(lines[0]).toBe('"headline","readers"');
  expect(lines).toContain(`"${story.headline}",2`);
});

test('the live figures are for staff only', async ({ request }) => {
  const anonymous = await request.get('/staff/live.json', { maxRedirects: 0 });
  expect([302, 307, 401]).toContain(anonymous.status());
  expect(await anonymous.text()).not.toContain('readers');
  // A made-up cookie gets past the proxy's quick check but not the route's own session check.
  const forged = await request.get('/staff/live.json', { headers: { cookie: 'bs_staff=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
  expect(forged.status()).toBe(401);
});
