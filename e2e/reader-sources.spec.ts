import Database from 'better-sqlite3';
import { e2eDatabasePath } from './support/e2e-env';
import { desktopChrome, expect, test } from './support/fixtures';

test("where readers came from: the referring site's name only, grouped, on the story's staff page and in its CSV", async ({
  browser,
  editorPage: page,
  story,
}) => {
  for (const referer of ['https://www.google.com/search?q=night+ferry+secret', 'https://t.co/abc123', undefined]) {
    const context = await browser.newContext({ userAgent: desktopChrome });
    const reader = await context.newPage();
    await reader.goto(`/articles/${story.slug}?utm_source=Newsletter&utm_campaign=monday`, referer ? { referer } : {});
    await expect(reader.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
    await context.close();
  }
  const db = new Database(e2eDatabasePath, { readonly: true });
  try {
    const stored = db.prepare('SELECT source, host, views FROM article_daily_sources WHERE article_id = ? ORDER BY source').all(story.id);
    expect(stored).toEqual([
      { source: 'direct', host: '', views: 1 },
      { source: 'search', host: 'google.com', views: 1 },
      { source: 'social', host: 't.co', views: 1 },
    ]);
    expect(db.prepare('SELECT utm_source, utm_campaign, views FROM article_daily_campaigns WHERE article_id = ?').all(story.id)).toEqual([
      { utm_source: 'newsletter', utm_campaign: 'monday', views: 3 },
    ]);
  } finally {
    db.close();
  }

  await page.goto(`/staff/stories/${story.id}`);
  const sources = page.getByTestId('sources');
  for (const [group, label] of [
    ['search', 'Search'],
    ['social', 'Social'],
    ['direct', 'Direct'],
  ]) {
    await expect(sources.locator(`tr[data-source="${group}"]`)).toHaveText(new RegExp(`^${label}\\s*1\\s*33\\.3%$`));
  }
  await expect(sources.locator('tr[data-host="google.com"]')).toContainText('google.com');
  await expect(sources).not.toContainText('night');
  // The download holds the rows shown, in their order: each group, then its hosts.
  const csv = await (await page.request.get(`/staff/export/stories/${story.id}/sources`)).text();
  expect(csv.trim().split('\r\n')).toEqual([
    '"source","host","views","share_percent"',
    '"Search","",1,33.3',
    '"","google.com",1,33.3',
    '"Social","",1,33.3',
    '"","t.co",1,33.3',
    '"Direct","",1,33.3',
  ]);

  // The campaign, as the story's page and its JSON show it.
  const campaigns = page.getByTestId('campaigns');
  await expect(campaigns.getByRole('row').nth(1)).toHaveText(/^newsletter\s*monday\s*1\s*3\s*100\.0%$/);
  const json = await (await page.request.get(`/staff/export/stories/${story.id}/campaigns?format=json`)).json();
  expect(json.rows).toEqual([{ utm_source: 'newsletter', utm_campaign: 'monday', stories: 1, views: 3, share_percent: 100 }]);
});
