import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { joinNames } from '@/lib/byline';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 3, isolateTests: true });
const { saveStory, changeStoryState, getEditableStory } = await import('@/db/queries/story-editing');
const { getArticleBySlug, getAuthorArticlesPage } = await import('@/db/queries/articles');
const { getStoryRevision } = await import('@/db/queries/story-revisions');
const { storeImage } = await import('@/db/queries/images');
const { setStaffAuthor } = await import('@/db/queries/staff-admin');
const { listEditorChoices, listStoriesForStaff } = await import('@/db/queries/staff-stories');
const sqlite = db.$client;

const editor = sqlite
  .prepare("INSERT INTO staff_users (email, password_hash, role, created_at) VALUES ('ed@example.org', 'x', 'editor', 0) RETURNING id")
  .pluck()
  .get() as number;
const sectionId = sqlite.prepare('SELECT min(id) FROM sections').pluck().get() as number;
const [lead, second] = sqlite.prepare('SELECT id FROM authors ORDER BY id LIMIT 2').pluck().all() as number[];
const fields = {
  headline: 'Two reporters follow the night ferry',
  standfirst: 'A joint story.',
  body: 'Text.',
  slug: '',
  sectionId,
  tagNames: [],
  leadImageId: null,
  leadImageAlt: '',
  leadImageCaption: '',
  leadImageCredit: '',
};

test('bylines read as a sentence', () => {
  assert.equal(joinNames(['A']), 'A');
  assert.equal(joinNames(['A', 'B']), 'A and B');
  assert.equal(joinNames(['A', 'B', 'C']), 'A, B and C');
});

test('a story keeps its bylines in order, on its page, in its revision and on every author page', async () => {
  const saved = saveStory({ staffId: editor, fields: { ...fields, authorIds: [second!, lead!] } });
  assert.equal(saved.status, 'saved');
  if (saved.status !== 'saved') return;
  assert.deepEqual(saved.story.authorIds, [second, lead]);
  assert.deepEqual(saved.cacheKeys.authorIds.sort(), [lead, second].sort(), 'both author pages are refreshed');
  changeStoryState({ staffId: editor, id: saved.story.id, expectedVersion: 1, change: { to: 'published', at: new Date(Date.now() - 1000) } });
  const article = (await getArticleBySlug({ slug: saved.story.slug }))!;
  assert.deepEqual(
    article.bylines.map((b) => b.slug),
    sqlite.prepare(`SELECT slug FROM authors WHERE id IN (?, ?) ORDER BY id = ?`).pluck().all(second, lead, lead),
  );
  for (const authorId of [lead!, second!]) {
    const page = (await getAuthorArticlesPage({ authorId, page: 1 }))!;
    assert.ok(
      page.items.some((card) => card.id === saved.story.id),
      `author ${authorId}'s page lists the shared story`,
    );
  }
  assert.deepEqual(getStoryRevision({ articleId: saved.story.id, version: 1 })!.authorIds, [second, lead]);
  // The newsroom's list by byline: by either author, counted from the byline rows.
  for (const authorId of [lead!, second!]) {
    const list = listStoriesForStaff({ filter: { authorId }, page: 1 })!;
    assert.equal(list.rows[0]!.id, saved.story.id, 'newest change first');
    assert.equal(list.window.totalItems, sqlite.prepare('SELECT count(*) FROM article_authors WHERE author_id = ?').pluck().get(authorId));
    const inSection = listStoriesForStaff({ filter: { authorId, sectionId }, page: 1 })!;
    assert.ok(inSection.rows.some((row) => row.id === saved.story.id && row.otherAuthors === 1));
  }
  assert.equal(saveStory({ staffId: editor, fields: { ...fields, authorIds: [lead!, 999_999] } }).status, 'unknown-author');
  assert.equal(saveStory({ staffId: editor, fields: { ...fields, authorIds: [] } }).status, 'unknown-author');
});

test('an author page counts every public story the author is on, shared ones too, and no draft or scheduled one', async () => {
  const shared = (publishAt: Date | null) => {
    const headline = `Shared story ${publishAt?.getTime() ?? 'draft'}`;
    const saved = saveStory({ staffId: editor, fields: { ...fields, headline, authorIds: [lead!, second!] } });
    assert.equal(saved.status, 'saved');
    if (saved.status !== 'saved') throw new Error('not saved');
    if (publishAt) changeStoryState({ staffId: editor, id: saved.story.id, expectedVersion: 1, change: { to: 'published', at: publishAt } });
  };
  shared(new Date(Date.now() - 60_000)); // public
  shared(new Date(Date.now() + 86_400_000)); // scheduled for tomorrow
  shared(null); // a draft
  const publicStoriesOf = sqlite.prepare(
    `SELECT count(*) FROM article_authors x JOIN articles a ON a.id = x.article_id
     WHERE x.author_id = ? AND a.status = 'published' AND a.published_at <= unixepoch()`,
  );
  for (const authorId of [lead!, second!]) {
    const page = (await getAuthorArticlesPage({ authorId, page: 1 }))!;
    assert.equal(page.window.totalItems, publicStoriesOf.pluck().get(authorId), `author ${authorId}'s count`);
  }
  const secondsPage = (await getAuthorArticlesPage({ authorId: second!, page: 1 }))!;
  assert.ok(secondsPage.window.totalItems >= 1, 'the shared public story counts for its second byline');
});

test('a lead picture is kept with its words, and removing it drops them', async () => {
  const bytes = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#884400' } })
    .jpeg()
    .toBuffer();
  const stored = await storeImage({ bytes, staffId: editor });
  assert.ok(stored.ok);
  const picture = {
    leadImageId: stored.image.id,
    leadImageAlt: 'A ferry at dusk',
    leadImageCaption: 'The last crossing.',
    leadImageCredit: 'Jo Doe',
  };
  const saved = saveStory({ staffId: editor, fields: { ...fields, authorIds: [lead!], ...picture } });
  assert.ok(saved.status === 'saved');
  const story = getEditableStory({ id: saved.story.id })!;
  assert.deepEqual(
    {
      leadImageId: story.leadImageId,
      leadImageAlt: story.leadImageAlt,
      leadImageCaption: story.leadImageCaption,
      leadImageCredit: story.leadImageCredit,
    },
    picture,
  );
  changeStoryState({ staffId: editor, id: story.id, expectedVersion: 1, change: { to: 'published', at: new Date(Date.now() - 1000) } });
  const article = (await getArticleBySlug({ slug: story.slug }))!;
  assert.equal(article.leadImageHash, stored.image.hash);
  assert.equal(article.leadImageCredit, 'Jo Doe');
  const removed = saveStory({
    staffId: editor,
    id: story.id,
    expectedVersion: 2,
    fields: { ...fields, authorIds: [lead!], ...picture, leadImageId: null },
  });
  assert.ok(removed.status === 'saved');
  assert.deepEqual([removed.story.leadImageAlt, removed.story.leadImageCaption, removed.story.leadImageCredit], ['', '', '']);
  assert.equal(getStoryRevision({ articleId: story.id, version: 1 })!.leadImageId, stored.image.id, 'the earlier revision still has it');
  assert.equal(
    saveStory({ staffId: editor, fields: { ...fields, authorIds: [lead!], leadImageId: 999_999, leadImageAlt: 'x' } }).status,
    'unknown-image',
  );
});

test('a staff member writes as an author profile: new stories start with it as their byline', () => {
  assert.equal(listEditorChoices({ staffId: editor }).ownAuthorId, null);
  assert.equal(setStaffAuthor({ id: editor, authorId: second! }).status, 'changed');
  assert.equal(listEditorChoices({ staffId: editor }).ownAuthorId, second);
  assert.equal(setStaffAuthor({ id: editor, authorId: null, newAuthorName: 'Rosa Quill' }).status, 'changed');
  const own = listEditorChoices({ staffId: editor });
  assert.equal(own.authors.find((a) => a.id === own.ownAuthorId)?.name, 'Rosa Quill');
  assert.equal(setStaffAuthor({ id: editor, authorId: 999_999 }).status, 'unknown-author');
});
