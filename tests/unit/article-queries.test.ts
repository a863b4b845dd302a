import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 120, isolateTests: true });
const { getArticleBySlug, getRelatedArticles, getSectionArticlesPage, getTagArticlesPage, listLatestArticles } =
  await import('@/db/queries/articles');
const { getSectionBySlug } = await import('@/db/queries/sections');
const { getTagBySlug } = await import('@/db/queries/tags');
const sqlite = db.$client;

test('the demo corpus has six sections, eight authors and 120 published articles of 5-15 paragraphs', () => {
  assert.equal((sqlite.prepare('SELECT count(*) n FROM sections').get() as { n: number }).n, 6);
  assert.equal((sqlite.prepare('SELECT count(*) n FROM authors').get() as { n: number }).n, 8);
  const bodies = sqlite.prepare("SELECT body FROM articles WHERE status = 'published'").all() as { body: string }[];
  assert.equal(bodies.length, 120);
  for (const { body } of bodies) {
    const paragraphs = body.split('\n\n').filter((block) => !block.startsWith('## '));
    assert.ok(paragraphs.length >= 5 && paragraphs.length <= 15, `${paragraphs.length} paragraphs`);
    assert.doesNotMatch(body, /lorem ipsum/i);
  }
});

test('latest articles come newest first, with publication times as dates', async () => {
  const latest = await listLatestArticles({ limit: 10 });
  assert.equal(latest.length, 10);
  assert.ok(latest[0]!.publishedAt instanceof Date);
  for (let i = 1; i < latest.length; i++) assert.ok(latest[i - 1]!.publishedAt >= latest[i]!.publishedAt);
});

test('a section listing pages through its stories and refuses pages past the end', async () => {
  const world = (await getSectionBySlug({ slug: 'world' }))!;
  const first = (await getSectionArticlesPage({ sectionId: world.id, page: 1 }))!;
  assert.equal(first.window.totalItems, 20);
  assert.equal(first.items.length, 20);
  assert.ok(first.items.every((a) => a.sectionSlug === 'world'));
  assert.equal(await getSectionArticlesPage({ sectionId: world.id, page: 2 }), null);
});

test('drafts, stories in review, unpublished and scheduled stories are invisible to readers', async () => {
  const [story] = await listLatestArticles({ limit: 1 });
  for (const status of ['draft', 'in_review', 'unpublished']) {
    sqlite.prepare('UPDATE articles SET status = ? WHERE slug = ?').run(status, story!.slug);
    assert.equal(await getArticleBySlug({ slug: story!.slug }), null, status);
    assert.ok(!(await listLatestArticles({ limit: 5 })).some((a) => a.slug === story!.slug), status);
  }
  const tomorrow = Math.floor(Date.now() / 1000) + 86_400;
  sqlite.prepare("UPDATE articles SET status = 'published', published_at = ? WHERE slug = ?").run(tomorrow, story!.slug);
  assert.equal(await getArticleBySlug({ slug: story!.slug }), null);
});

test('an article carries its tags, and read-next never offers the article itself', async () => {
  const article = (await getArticleBySlug({ slug: 'wage-growth-outpaces-inflation-for-the-sixth-month-running' }))!;
  assert.deepEqual(
    article.tags.map((t) => t.name),
    ['Cost of living', 'Work'],
  );
  const related = await getRelatedArticles({ article });
  assert.equal(related.length, 4);
  assert.ok(related.every((r) => r.id !== article.id));
});

test('a tag listing holds exactly the tagged stories', async () => {
  const tag = (await getTagBySlug({ slug: 'climate' }))!;
  const tagged = (sqlite.prepare('SELECT count(*) n FROM article_tags WHERE tag_id = ?').get(tag.id) as { n: number }).n;
  const page = (await getTagArticlesPage({ tagId: tag.id, page: 1 }))!;
  assert.equal(page.window.totalItems, tagged);
  assert.ok(tagged > 5);
});

test('listing lastmods come from the newest public story in each; a section without one has none', async () => {
  const { listListingLastmods } = await import('@/db/queries/sitemap');
  // A section with no public story (every story in it a draft) has no lastmod.
  const empty = sqlite
    .prepare("INSERT INTO sections (slug, name, description, position) VALUES ('empty-desk', 'Empty desk', '', 99) RETURNING id")
    .get();
  assert.ok(empty);
  const { sections } = await listListingLastmods();
  assert.equal(sections.find((s) => s.slug === 'empty-desk')?.lastmod, null);
  assert.ok(sections.length > 0);
  for (const section of sections) assert.ok(section.lastmod === null || section.lastmod instanceof Date, String(section.lastmod));
  assert.ok(sections.some((s) => s.lastmod instanceof Date && s.lastmod.getTime() <= Date.now()));
});
