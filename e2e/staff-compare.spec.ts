import { addDaysToDayKey, siteDayKey } from '@/lib/site-time';
import { downloadCsvFrom } from './support/downloads';
import { changeDatabase, expect, numberFromDatabase, test } from './support/fixtures';

test('comparing with the period before: cards, chart, tables and downloads carry the figures of the days before', async ({
  editorPage: page,
  story,
}) => {
  const today = siteDayKey(new Date());
  const addViews = (day: string, views: number) =>
    changeDatabase(
      `INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id, day) DO UPDATE SET views = excluded.views, visitors = excluded.visitors`,
      story.id,
      day,
      views,
      views,
    );
  // The test's story tops the week, and was read 5 times in the week before it.
  addViews(today, 100_000);
  addViews(addDaysToDayKey(today, -9), 5);

  await page.goto('/staff');
  await expect(page.getByRole('columnheader', { name: 'Change' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Compare with the period before' }).click();
  await expect(page).toHaveURL(/\/staff\?compare=previous$/);
  const weekBefore = { sinceDay: addDaysToDayKey(today, -13), untilDay: addDaysToDayKey(today, -7) };
  await expect(page.getByTestId('compared-with')).toContainText('Last 7 days');

  // The card: the 7 days before, as the site's daily table has them.
  const previousWeek = numberFromDatabase(
    'SELECT sum(views) FROM site_daily_views WHERE day BETWEEN ? AND ?',
    weekBefore.sinceDay,
    weekBefore.untilDay,
  );
  await expect(page.getByTestId('totals-last-7-days').getByTestId('change')).toContainText(
    `vs ${previousWeek.toLocaleString('en-US')} the 7 days before`,
  );

  // The chart draws the days before as a line beside the bars.
  await expect(page.getByRole('region', { name: 'Views per day' }).getByTestId('previous-period')).toBeVisible();

  // The story's row (other tests' stories may rank above it): its views before, and the change.
  const top = page.getByTestId('top-story').filter({ hasText: story.headline });
  await expect(top.locator('[data-column="previous_views"]')).toHaveText('5');
  await expect(top.locator('[data-column="change_percent"]')).toHaveText('+1,999,900%');

  // Its download has the same rows and the comparison's columns.
  const { filename, lines } = await downloadCsvFrom(page, /Top stories/);
  expect(filename).toMatch(/^broadsheet-top-stories-7d-vs-previous-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(lines[0]).toBe('"rank","headline","section","published_at","views","visitors","previous_views","change_percent","all_time_views"');
  expect(lines.length - 1).toBe(await page.getByTestId('top-story').count());
  const row = lines.find((line) => line.includes(story.headline))!;
  expect(row).toMatch(/^\d+,".*",.*,100000,100000,5,1999900,\d+$/);

  // The chart's JSON: each day beside the same day of the week before.
  const daily = await (await page.request.get('/staff/export/daily-views?compare=previous&format=json')).json();
  expect(daily.compareWith).toEqual(weekBefore);
  expect(daily.rows).toHaveLength(7);
  expect(daily.rows[0].previous_day).toBe(weekBefore.sinceDay);
  expect(daily.rows[0].previous_views).toBe(numberFromDatabase('SELECT sum(views) FROM site_daily_views WHERE day = ?', weekBefore.sinceDay));

  await page.getByRole('link', { name: 'Stop comparing' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('columnheader', { name: 'Change' })).toHaveCount(0);
});
