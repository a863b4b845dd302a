import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteHourStart } from '@/lib/site-hours';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ isolateTests: true });
const { getStoryLifecycle } = await import('@/db/queries/story-lifecycle');
const { hourlyHistory } = await import('@/db/seed/seed-hours');
const sqlite = db.$client;

const now = new Date('2026-12-04T15:20:00Z');
const section = sqlite
  .prepare("INSERT INTO sections (slug, name, description, position) VALUES ('local', 'Local', 'd', 0) RETURNING id")
  .pluck()
  .get() as number;
const author = sqlite.prepare("INSERT INTO authors (slug, name, role, bio) VALUES ('a', 'A', 'r', 'b') RETURNING id").pluck().get() as number;
let slug = 0;
/** A published story with `perHour[i]` views in its i-th hour. */
function story(publishedAt: Date, perHour: number[], inSection = section): number {
  const seconds = Math.floor(publishedAt.getTime() / 1000);
  const id = sqlite
    .prepare(
      `INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at)
       VALUES (?, 'H', 'S', 'B', ?, ?, 'published', ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(`s-${slug++}`, inSection, author, seconds, seconds, seconds) as number;
  const start = siteHourStart(publishedAt);
  perHour.forEach(
    (views, i) =>
      views > 0 && sqlite.prepare('INSERT INTO article_hourly_views (article_id, hour, views) VALUES (?, ?, ?)').run(id, start + i * 3600, views),
  );
  return id;
}
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

test("a story's first hours are read against the median of the section's stories at the same age", () => {
  const id = story(hoursAgo(3.2), [30, 20, 10, 7]); // 12:08: three whole hours (12, 13, 14) and 15:00-15:20 under way
  story(hoursAgo(10), [10, 10, 10, 99]); // peers: their fourth hour is older than the story
  story(hoursAgo(20), [5, 5, 5]);
  story(hoursAgo(30), [20, 20, 20]);
  story(hoursAgo(2), [500]); // too young to be compared at three hours
  const otherSection = sqlite
    .prepare("INSERT INTO sections (slug, name, description, position) VALUES ('far', 'Far', 'd', 1) RETURNING id")
    .pluck()
    .get() as number;
  story(hoursAgo(40), [900, 900, 900], otherSection);
  const lifecycle = getStoryLifecycle({ articleId: id, now })!;
  assert.equal(lifecycle.hours, 3);
  assert.equal(lifecycle.peerCount, 3);
  assert.deepEqual(
    lifecycle.points.map((p) => [p.views, p.medianViews]),
    [
      [30, 10],
      [20, 10],
      [10, 10],
    ],
  );
  assert.equal(lifecycle.storyTotal, 60);
  assert.equal(lifecycle.medianTotal, 30);
  assert.deepEqual(lifecycle.comparison, { direction: 'ahead', percent: 100 });
});

test('drafts, scheduled and unknown stories, and a story in its first hour, have no lifecycle', () => {
  const scheduled = story(new Date(now.getTime() + 3600_000), []);
  assert.equal(getStoryLifecycle({ articleId: story(hoursAgo(0.25), [3]), now }), null);
  assert.equal(getStoryLifecycle({ articleId: scheduled, now }), null);
  assert.equal(getStoryLifecycle({ articleId: 999_999, now }), null);
});

test("the seed's hours add up to its days: whole days in full, the day the window ends in never more", () => {
  const publishedAt = new Date('2026-11-30T14:10:00Z'); // 9:10 a.m. in New York
  const daily = new Map([
    ['2026-11-30', 500],
    ['2026-12-01', 300],
    ['2026-12-02', 100],
    ['2026-12-03', 40],
    ['2026-12-04', 10],
  ]);
  const rows = hourlyHistory({ publishedAt, daily, now });
  const byDay = new Map<string, number>();
  for (const [hour, views] of rows) {
    const day = new Date(hour * 1000).toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
    byDay.set(day, (byDay.get(day) ?? 0) + views);
  }
  assert.equal(byDay.get('2026-11-30'), 500);
  assert.equal(byDay.get('2026-12-01'), 300);
  assert.equal(byDay.get('2026-12-02'), 100);
  assert.ok((byDay.get('2026-12-03') ?? 0) < 40, 'the 72 hours end on the morning of Dec 3');
  assert.equal(byDay.get('2026-12-04'), undefined);
  assert.ok(rows.every(([hour]) => hour >= siteHourStart(publishedAt) && hour < siteHourStart(publishedAt) + 72 * 3600));
});
