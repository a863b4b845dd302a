import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 20, isolateTests: true });
const { removeDemoContent } = await import('@/db/queries/demo-content');
const { seedDemoContentIfNeverUsed } = await import('@/db/seed/seed-demo');
const sqlite = db.$client;
const one = (query: string) => sqlite.prepare(query).pluck().get();

/** A story the newsroom wrote: under a demo section, by a demo author, with a demo tag and a tag of its own. */
function addNewsroomStory(): number {
  const sectionId = one('SELECT id FROM sections ORDER BY id LIMIT 1') as number;
  const authorId = one('SELECT id FROM authors ORDER BY id LIMIT 1') as number;
  const demoTagId = one('SELECT id FROM tags ORDER BY id LIMIT 1') as number;
  const id = sqlite
    .prepare(
      `INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at, view_count)
       VALUES ('council-votes-newsroom', 'Council votes', 's', 'b', ?, ?, 'published', 1790000000, 1790000000, 1790000000, 9) RETURNING id`,
    )
    .pluck()
    .get(sectionId, authorId) as number;
  const ownTagId = sqlite
    .prepare("INSERT INTO tags (slug, name) VALUES ('newsroom-budget-2027', 'Newsroom budget 2027') RETURNING id")
    .pluck()
    .get() as number;
  sqlite.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?), (?, ?)').run(id, demoTagId, id, ownTagId);
  sqlite.prepare("INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, '2026-11-30', 9, 7)").run(id);
  sqlite.exec(`INSERT INTO section_daily_views (section_id, day, views, visitors) VALUES (${sectionId}, '2026-11-30', 9, 7)
    ON CONFLICT DO UPDATE SET views = views + 9, visitors = visitors + 7`);
  sqlite.exec(
    `INSERT INTO site_daily_views (day, views, visitors) VALUES ('2026-11-30', 9, 7) ON CONFLICT DO UPDATE SET views = views + 9, visitors = visitors + 7`,
  );
  return id;
}

test('removing the demo keeps the newsroom story, its author, tags and views, and totals lose exactly the demo share', () => {
  const storyId = addNewsroomStory();
  // Both a demo story and the newsroom's were reached from one search engine that day.
  const demoId = one('SELECT id FROM articles WHERE is_demo = 1 LIMIT 1') as number;
  const fromSearch = sqlite.prepare(
    `INSERT INTO article_daily_sources (article_id, day, source, host, views) VALUES (?, '2026-11-30', 'search', 'google.com', ?)
     ON CONFLICT DO UPDATE SET views = views + excluded.views`,
  );
  fromSearch.run(storyId, 4);
  fromSearch.run(demoId, 6);
  sqlite.exec(`INSERT INTO site_daily_sources (day, source, host, views) VALUES ('2026-11-30', 'search', 'google.com', 10)
    ON CONFLICT DO UPDATE SET views = views + excluded.views`);
  const removed = removeDemoContent(db);
  // The seed's own where-from history is all demo, so it goes too.
  assert.equal(one('SELECT coalesce(sum(views), 0) FROM site_daily_sources'), 4, 'site-wide sources lose the demo share');
  assert.equal(one("SELECT views FROM site_daily_sources WHERE host = 'google.com' AND day = '2026-11-30'"), 4);
  assert.equal(one('SELECT count(*) FROM article_daily_campaigns'), 0, "and the seed's campaigns with their stories");

  assert.equal(removed.articles, 20);
  assert.deepEqual(sqlite.prepare('SELECT id, view_count AS views FROM articles').all(), [{ id: storyId, views: 9 }]);
  assert.equal(one('SELECT count(*) FROM authors'), 1, 'the demo author who wrote a newsroom story stays');
  assert.deepEqual(sqlite.prepare('SELECT slug FROM tags t JOIN article_tags l ON l.tag_id = t.id ORDER BY slug').pluck().all().length, 2);
  assert.equal(one('SELECT count(*) FROM tags'), 2, 'demo tags nobody uses are gone');
  assert.equal(one('SELECT sum(views) FROM article_daily_views'), 9);
  assert.equal(one('SELECT sum(views) FROM section_daily_views'), 9);
  assert.deepEqual(sqlite.prepare('SELECT day, views, visitors FROM site_daily_views').all(), [{ day: '2026-11-30', views: 9, visitors: 7 }]);
  assert.equal(one("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'the'"), 0, 'search forgets the demo stories');
  assert.ok((one('SELECT count(*) FROM sections') as number) > 0, 'sections stay');
});

test('once a database has held stories, the demo is never seeded into it again', () => {
  removeDemoContent(db);
  assert.equal(one('SELECT count(*) FROM articles'), 0);
  assert.equal(seedDemoContentIfNeverUsed(db), null);
  assert.equal(one('SELECT count(*) FROM articles'), 0);
});
