import { siteHourStart } from '@/lib/site-hours';
import { changeDatabase, desktopChrome, expect, test } from './support/fixtures';

const hour = 3600;

test("a story's staff page draws its first hours from the hourly counts, against its section, with staff reading apart", async ({
  editorPage: page,
  story,
}) => {
  // A section of this test's own: the story went out 5 hours 10 minutes ago, and three earlier
  // stories there were read 10, 20 and 40 views an hour in their first hours.
  const now = Date.now() / 1000;
  const section = Number(
    changeDatabase("INSERT INTO sections (slug, name, description, position) VALUES (?, 'Lifecycle test', 'e2e', 99)", `lifecycle-${story.id}`)
      .lastInsertRowid,
  );
  const publish = (id: number, publishedAt: number, perHour: number[]) => {
    changeDatabase(
      'UPDATE articles SET section_id = ?, published_at = ?, created_at = ?, updated_at = ? WHERE id = ?',
      section,
      publishedAt,
      publishedAt,
      publishedAt,
      id,
    );
    const first = siteHourStart(new Date(publishedAt * 1000));
    perHour.forEach((views, age) =>
      changeDatabase('INSERT INTO article_hourly_views (article_id, hour, views) VALUES (?, ?, ?)', id, first + age * hour, views),
    );
    return first;
  };
  const storyPublishedAt = Math.floor(now - 5 * hour - 600);
  const firstHour = publish(story.id, storyPublishedAt, [12, 30, 18, 9, 4]);
  const wholeHours = Math.floor((now - firstHour) / hour); // 5 or 6, by where in the hour it went out
  for (const [i, rate] of [10, 20, 40].entries()) {
    const peer = Number(
      changeDatabase(
        `INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at)
         SELECT ?, 'Earlier story', 's', 'b', section_id, author_id, 'published', 0, 0, 0 FROM articles WHERE id = ?`,
        `lifecycle-peer-${story.id}-${i}`,
        story.id,
      ).lastInsertRowid,
    );
    publish(peer, Math.floor(now - (24 + i) * hour), Array(8).fill(rate));
  }
  const perHour = [12, 30, 18, 9, 4, 0].slice(0, wholeHours);
  const total = perHour.reduce((a, b) => a + b, 0);
  const median = 20 * wholeHours;
  const percent = Math.round((Math.abs(total - median) / median) * 100);

  // An editor reads the published story: counted for the newsroom, not on the story.
  await page.context().setExtraHTTPHeaders({ 'user-agent': desktopChrome });
  await page.goto(`/articles/${story.slug}`);
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await expect(page.getByTestId('view-count')).toHaveText('0 views');

  await page.goto(`/staff/stories/${story.id}`);
  await expect(page.getByRole('heading', { name: `The first ${wholeHours} hours` })).toBeVisible();
  await expect(page.getByTestId('staff-views')).toContainText('Read 1 time by signed-in staff');
  await expect(page.getByTestId('lifecycle-comparison')).toHaveText(
    `${total > median ? 'Ahead of' : 'Behind'} the section median by ${percent}% after ${wholeHours} hours. ` +
      `${total} views against ${median} for the median of the section's 3 latest stories at the same age.`,
  );
  await expect(
    page.getByRole('img', { name: `Views per hour over the first ${wholeHours} hours: ${total} in all, against a section median of ${median}` }),
  ).toBeVisible();

  await page.getByText('Hour by hour').click();
  const rows = page.getByTestId('lifecycle-table').locator('tbody tr');
  await expect(rows).toHaveCount(wholeHours);
  for (const [age, views] of perHour.entries()) {
    await expect(rows.nth(age).locator('td').nth(2)).toHaveText(String(views));
    await expect(rows.nth(age).locator('td').nth(3)).toHaveText('20');
  }

  // The download holds what the table shows.
  const csv = await (await page.request.get(`/staff/export/stories/${story.id}/hours`)).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('"hour","began","views","section_median"');
  expect(lines.slice(1).map((line) => line.split(',').slice(-2).map(Number))).toEqual(perHour.map((views) => [views, 20]));
});
