import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayDo, storyStateLabel, type StoryFacts } from '@/lib/story-workflow';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase({ seedArticles: 3, isolateTests: true });
const { saveStory, changeStoryState, deleteNeverPublishedStory, getEditableStory } = await import('@/db/queries/story-editing');
const { getArticleBySlug, getAuthorArticlesPage, getTagArticlesPage } = await import('@/db/queries/articles');
const { listStoriesForStaff } = await import('@/db/queries/staff-stories');
const sqlite = db.$client;

function staffMember(email: string, role: string): number {
  return sqlite
    .prepare("INSERT INTO staff_users (email, password_hash, role, created_at) VALUES (?, 'x', ?, 0) RETURNING id")
    .pluck()
    .get(email, role) as number;
}
const sectionId = sqlite.prepare('SELECT min(id) FROM sections').pluck().get() as number;
const authorId = sqlite.prepare('SELECT min(id) FROM authors').pluck().get() as number;
const fields = (headline: string) => ({
  headline,
  standfirst: 'What the council decided, and what it means.',
  body: 'The council met on **Tuesday**.',
  slug: '',
  sectionId,
  authorIds: [authorId],
  tagNames: ['Council budget', 'Housing'],
  leadImageId: null,
  leadImageAlt: '',
  leadImageCaption: '',
  leadImageCredit: '',
});

test('who may do what to a story', () => {
  const draft = (over: Partial<StoryFacts> = {}): StoryFacts => ({
    status: 'draft',
    isOwner: true,
    everPublished: false,
    isScheduled: false,
    ...over,
  });
  // Writers: their own stories until published, review, their own drafts deleted; never publish.
  assert.equal(mayDo('edit', 'writer', draft()), true);
  assert.equal(mayDo('edit', 'writer', draft({ isOwner: false })), false);
  assert.equal(mayDo('edit', 'writer', draft({ status: 'published', everPublished: true })), false);
  assert.equal(mayDo('submit', 'writer', draft()), true);
  assert.equal(mayDo('publish', 'writer', draft()), false);
  assert.equal(mayDo('unpublish', 'writer', draft({ status: 'published', everPublished: true })), false);
  assert.equal(mayDo('delete', 'writer', draft()), true);
  assert.equal(mayDo('delete', 'writer', draft({ isOwner: false })), false);
  // Editors: any story; publish, reschedule, take down; delete only what never went out.
  for (const role of ['editor', 'admin'] as const) {
    assert.equal(mayDo('edit', role, draft({ isOwner: false, status: 'published', everPublished: true })), true);
    assert.equal(mayDo('publish', role, draft({ status: 'in_review', isOwner: false })), true);
    assert.equal(mayDo('publish', role, draft({ status: 'published', everPublished: true })), false);
    assert.equal(mayDo('publish', role, draft({ status: 'published', everPublished: true, isScheduled: true })), true);
    assert.equal(mayDo('unpublish', role, draft({ status: 'published', everPublished: true })), true);
    assert.equal(mayDo('delete', role, draft({ isOwner: false })), true);
    assert.equal(mayDo('delete', role, draft({ status: 'unpublished', everPublished: true })), false);
  }
  assert.equal(storyStateLabel('published', new Date(Date.now() + 60_000)), 'Scheduled');
  assert.equal(storyStateLabel('published', new Date(Date.now() - 60_000)), 'Published');
  assert.equal(storyStateLabel('in_review', null), 'In review');
});

test('a new story is a draft with its tags and a first revision; each save keeps another', () => {
  const writer = staffMember('writer@example.org', 'writer');
  const saved = saveStory({ staffId: writer, fields: fields('Council passes the housing budget') });
  assert.equal(saved.status, 'saved');
  if (saved.status !== 'saved') return;
  assert.deepEqual(
    {
      status: saved.story.status,
      slug: saved.story.slug,
      version: saved.story.version,
      createdBy: saved.story.createdBy,
      tags: saved.story.tagNames,
    },
    { status: 'draft', slug: 'council-passes-the-housing-budget', version: 1, createdBy: writer, tags: ['Council budget', 'Housing'] },
  );
  const again = saveStory({
    staffId: writer,
    id: saved.story.id,
    expectedVersion: 1,
    fields: { ...fields('Council passes a smaller housing budget'), tagNames: ['Housing'] },
  });
  assert.equal(again.status === 'saved' && again.story.version, 2);
  const revisions = sqlite
    .prepare('SELECT version, headline, tag_names AS tags, saved_by AS savedBy FROM article_revisions WHERE article_id = ? ORDER BY version')
    .all(saved.story.id);
  assert.deepEqual(revisions, [
    { version: 1, headline: 'Council passes the housing budget', tags: '["Council budget","Housing"]', savedBy: writer },
    { version: 2, headline: 'Council passes a smaller housing budget', tags: '["Housing"]', savedBy: writer },
  ]);
});

test('a save over a newer version is refused, says who changed it, and changes nothing', () => {
  const writer = staffMember('first@example.org', 'writer');
  const editor = staffMember('desk@example.org', 'editor');
  const created = saveStory({ staffId: writer, fields: fields('Ferry timetable returns') });
  if (created.status !== 'saved') return assert.fail(created.status);
  const id = created.story.id;
  saveStory({ staffId: editor, id, expectedVersion: 1, fields: fields('Ferry timetable returns in spring') });
  const stale = saveStory({ staffId: writer, id, expectedVersion: 1, fields: fields('Ferry timetable returns next week') });
  assert.equal(stale.status, 'conflict');
  if (stale.status !== 'conflict') return;
  assert.equal(stale.savedByEmail, 'desk@example.org');
  assert.equal(stale.current.headline, 'Ferry timetable returns in spring');
  assert.equal(getEditableStory({ id })!.headline, 'Ferry timetable returns in spring');
  assert.equal(sqlite.prepare('SELECT count(*) FROM article_revisions WHERE article_id = ?').pluck().get(id), 2);
});

test('a slug another story has is refused', () => {
  const writer = staffMember('slugs@example.org', 'writer');
  const taken = sqlite.prepare('SELECT slug FROM articles WHERE is_demo = 1 LIMIT 1').pluck().get() as string;
  assert.deepEqual(saveStory({ staffId: writer, fields: { ...fields('Anything'), slug: taken } }), { status: 'slug-taken' });
});

test('publishing makes a story public; a future time schedules it; unpublishing takes it down; only never-published drafts are deleted', async () => {
  const editor = staffMember('publisher@example.org', 'editor');
  const created = saveStory({ staffId: editor, fields: fields('Library opens on Sundays') });
  if (created.status !== 'saved') return assert.fail(created.status);
  const { id, slug } = created.story;
  assert.equal(await getArticleBySlug({ slug }), null, 'a draft is not public');

  const scheduled = changeStoryState({ staffId: editor, id, expectedVersion: 1, change: { to: 'published', at: new Date(Date.now() + 3_600_000) } });
  assert.equal(scheduled.status, 'changed');
  assert.equal(await getArticleBySlug({ slug }), null, 'scheduled: not yet public');
  assert.equal(listStoriesForStaff({ filter: { status: 'published', query: 'Library Sundays' }, page: 1 })!.rows.length, 1);

  changeStoryState({ staffId: editor, id, expectedVersion: 2, change: { to: 'published', at: new Date() } });
  assert.equal((await getArticleBySlug({ slug }))?.headline, 'Library opens on Sundays');
  assert.deepEqual(changeStoryState({ staffId: editor, id, expectedVersion: 2, change: { to: 'unpublished' } }), { status: 'conflict' });
  changeStoryState({ staffId: editor, id, expectedVersion: 3, change: { to: 'unpublished' } });
  assert.equal(await getArticleBySlug({ slug }), null);
  assert.equal(deleteNeverPublishedStory({ id }), false, 'it was published once: kept, only unpublished');

  const draft = saveStory({ staffId: editor, fields: fields('A draft nobody needs') });
  assert.equal(draft.status === 'saved' && deleteNeverPublishedStory({ id: draft.story.id }), true);
});

test('tag and author pages follow a story through publication, scheduling, new tags and bylines, and a take-down', async () => {
  const editor = staffMember('listings@example.org', 'editor');
  const otherAuthorId = sqlite.prepare('SELECT max(id) FROM authors').pluck().get() as number;
  const created = saveStory({ staffId: editor, fields: fields('Ferry timetable returns') });
  if (created.status !== 'saved') return assert.fail(created.status);
  const { id } = created.story;
  const tagId = (name: string) => sqlite.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as number;
  const listed = async () => ({
    housing: (await getTagArticlesPage({ tagId: tagId('Housing'), page: 1 }))!.items.some((item) => item.id === id),
    budget: (await getTagArticlesPage({ tagId: tagId('Council budget'), page: 1 }))!.items.some((item) => item.id === id),
    author: (await getAuthorArticlesPage({ authorId, page: 1 }))!.items.some((item) => item.id === id),
    otherAuthor: (await getAuthorArticlesPage({ authorId: otherAuthorId, page: 1 }))!.items.some((item) => item.id === id),
  });
  const nowhere = { housing: false, budget: false, author: false, otherAuthor: false };
  assert.deepEqual(await listed(), nowhere, 'a draft');

  changeStoryState({ staffId: editor, id, expectedVersion: 1, change: { to: 'published', at: new Date() } });
  assert.deepEqual(await listed(), { housing: true, budget: true, author: true, otherAuthor: false }, 'published');
  const housingTotal = (await getTagArticlesPage({ tagId: tagId('Housing'), page: 1 }))!.window.totalItems;

  changeStoryState({ staffId: editor, id, expectedVersion: 2, change: { to: 'published', at: new Date(Date.now() + 3_600_000) } });
  assert.deepEqual(await listed(), nowhere, 'moved to a later time');
  assert.equal((await getTagArticlesPage({ tagId: tagId('Housing'), page: 1 }))!.window.totalItems, housingTotal - 1);

  changeStoryState({ staffId: editor, id, expectedVersion: 3, change: { to: 'published', at: new Date() } });
  const retagged = saveStory({
    staffId: editor,
    id,
    expectedVersion: 4,
    fields: { ...fields('Ferry timetable returns'), tagNames: ['Housing'], authorIds: [authorId, otherAuthorId] },
  });
  assert.equal(retagged.status, 'saved');
  assert.deepEqual(await listed(), { housing: true, budget: false, author: true, otherAuthor: true }, 'new tags and a second byline');

  changeStoryState({ staffId: editor, id, expectedVersion: 5, change: { to: 'unpublished' } });
  assert.deepEqual(await listed(), nowhere, 'taken down');
});

test('revisions are listed newest first with who saved them, and any one can be read back whole', async () => {
  const { listStoryRevisions, getStoryRevision } = await import('@/db/queries/story-revisions');
  const writer = staffMember('revisions@example.org', 'writer');
  const created = saveStory({ staffId: writer, fields: fields('Bridge repairs begin') });
  if (created.status !== 'saved') return assert.fail(created.status);
  saveStory({
    staffId: writer,
    id: created.story.id,
    expectedVersion: 1,
    fields: { ...fields('Bridge repairs begin on Monday'), body: 'Crews arrive at six.' },
  });
  const revisions = listStoryRevisions({ articleId: created.story.id });
  assert.deepEqual(
    revisions.map((r) => [r.version, r.headline, r.savedByEmail]),
    [
      [2, 'Bridge repairs begin on Monday', 'revisions@example.org'],
      [1, 'Bridge repairs begin', 'revisions@example.org'],
    ],
  );
  const first = getStoryRevision({ articleId: created.story.id, version: 1 })!;
  assert.deepEqual(first.tagNames, ['Council budget', 'Housing']);
  // Restoring is a save of that revision: a new version, and the one it replaced stays.
  const restored = saveStory({ staffId: writer, id: created.story.id, expectedVersion: 2, fields: first });
  assert.equal(restored.status === 'saved' && `${restored.story.version} ${restored.story.headline}`, '3 Bridge repairs begin');
  assert.equal(listStoryRevisions({ articleId: created.story.id }).length, 3);
});

test('a public note on a published story becomes a dated correction for readers and feeds; on a draft it is not kept', async () => {
  const { readCorrections } = await import('@/db/queries/corrections');
  const { feedItemsFromCards } = await import('@/lib/feed-items');
  const editor = staffMember('corrections@example.org', 'editor');
  const created = saveStory({ staffId: editor, fields: fields('Mayor names new harbour master') });
  if (created.status !== 'saved') return assert.fail(created.status);
  const id = created.story.id;
  saveStory({ staffId: editor, id, expectedVersion: 1, fields: fields('Mayor names new harbour master'), publicNote: 'Not kept: still a draft.' });
  assert.deepEqual(readCorrections(id), []);

  changeStoryState({ staffId: editor, id, expectedVersion: 2, change: { to: 'published', at: new Date(Date.now() - 60_000) } });
  const note = 'Correction: an earlier version misspelled the harbour master’s name.';
  saveStory({ staffId: editor, id, expectedVersion: 3, fields: fields('Mayor names new harbour master'), publicNote: `  ${note}  ` });
  const corrections = readCorrections(id);
  assert.deepEqual(
    corrections.map((c) => c.note),
    [note],
  );
  const article = (await getArticleBySlug({ slug: created.story.slug }))!;
  assert.deepEqual(article.corrections, corrections);
  assert.ok(article.updatedAt > article.publishedAt, 'the page shows when it was updated');

  const [item] = feedItemsFromCards(
    [
      {
        id,
        slug: created.story.slug,
        headline: 'h',
        standfirst: 'What was decided.',
        publishedAt: new Date(),
        sectionId,
        sectionSlug: 's',
        sectionName: 'S',
        authorSlug: 'a',
        authorName: 'A',
        coAuthors: [],
        leadImageHash: null,
        leadImageWidth: null,
        leadImageHeight: null,
        leadImageWidths: null,
        leadImageAlt: '',
      },
    ],
    [[id, corrections[0]!]],
  );
  assert.match(item!.summary, /^What was decided\.\n\nCorrections and updates, .+: Correction: an earlier version misspelled/);
});

test('a scheduled story makes the cache tags of every page that shows it change at its time', async () => {
  const { tagChangeTimes } = await import('@/db/cache/tag-changes');
  const { longestCacheLifetime } = await import('@/lib/cache-policy');
  const editor = staffMember('schedule@example.org', 'editor');
  const created = saveStory({ staffId: editor, fields: fields('Night market opens at dusk') });
  if (created.status !== 'saved') return assert.fail(created.status);
  const at = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
  changeStoryState({ staffId: editor, id: created.story.id, expectedVersion: 1, change: { to: 'published', at } });
  const story = `story:${created.story.id}`;
  assert.equal(tagChangeTimes(at.getTime() - 1000).get(story), undefined, 'not yet');
  const live = tagChangeTimes(at.getTime() + 1000);
  for (const tag of [
    story,
    'stories',
    `section:${sectionId}`,
    `author:${authorId}`,
    'tag:' + String(sqlite.prepare('SELECT tag_id FROM article_tags WHERE article_id = ?').pluck().get(created.story.id)),
    'most-read',
  ]) {
    assert.deepEqual(live.get(tag), { staleSince: at.getTime(), expiredSince: 0 }, tag);
  }
  const longPast = at.getTime() + (longestCacheLifetime + 120) * 1000;
  assert.equal(tagChangeTimes(longPast).get(story), undefined, 'long past: nothing cached is that old');
});

test("a published story's old address leads to its new one, and a taken-down story's addresses are gone", async () => {
  const { currentSlugOfMovedStory, isTakenDownStorySlug } = await import('@/db/story-addresses');
  const editor = staffMember('addresses@example.org', 'editor');
  const draft = saveStory({ staffId: editor, fields: { ...fields('Ferry returns'), slug: 'ferry-draft-address' } });
  if (draft.status !== 'saved') return assert.fail(draft.status);
  const id = draft.story.id;
  // A draft's address was never public: renaming it leaves nothing behind.
  saveStory({ staffId: editor, id, expectedVersion: 1, fields: { ...fields('Ferry returns'), slug: 'ferry-returns' } });
  assert.equal(currentSlugOfMovedStory('ferry-draft-address'), null);

  changeStoryState({ staffId: editor, id, expectedVersion: 2, change: { to: 'published', at: new Date(Date.now() - 1000) } });
  saveStory({ staffId: editor, id, expectedVersion: 3, fields: { ...fields('Ferry returns in spring'), slug: 'ferry-returns-in-spring' } });
  assert.equal(currentSlugOfMovedStory('ferry-returns'), 'ferry-returns-in-spring');
  // Back to the first address: it is live again, so it no longer redirects; the other one does.
  saveStory({ staffId: editor, id, expectedVersion: 4, fields: { ...fields('Ferry returns'), slug: 'ferry-returns' } });
  assert.equal(currentSlugOfMovedStory('ferry-returns'), null);
  assert.equal(currentSlugOfMovedStory('ferry-returns-in-spring'), 'ferry-returns');

  assert.equal(isTakenDownStorySlug('ferry-returns'), false);
  changeStoryState({ staffId: editor, id, expectedVersion: 5, change: { to: 'unpublished' } });
  assert.equal(isTakenDownStorySlug('ferry-returns'), true);
  assert.equal(isTakenDownStorySlug('ferry-returns-in-spring'), true, 'its old address too');
  assert.equal(currentSlugOfMovedStory('ferry-returns-in-spring'), null, 'no redirect to a story that is gone');
  assert.equal(isTakenDownStorySlug('no-such-story'), false);
});

test('the story list searched by words counts every match, pages through them, and has no page past the end', () => {
  const editor = staffMember('pager@example.org', 'editor');
  for (let i = 1; i <= 23; i++) saveStory({ staffId: editor, fields: fields(`Harbour ferry report ${i}`) });
  saveStory({ staffId: editor, fields: fields('Harbour opening hours') }); // one of the two words only
  const first = listStoriesForStaff({ filter: { query: 'ferry harbour' }, page: 1 })!;
  assert.deepEqual([first.window.totalItems, first.window.totalPages, first.rows.length], [23, 2, 20]);
  assert.equal(first.rows[0]!.headline, 'Harbour ferry report 23', 'most recently changed first');
  const second = listStoriesForStaff({ filter: { query: 'ferry harbour' }, page: 2 })!;
  assert.deepEqual([second.window.totalItems, second.rows.length], [23, 3]);
  assert.equal(listStoriesForStaff({ filter: { query: 'ferry harbour' }, page: 3 }), null);
  const none = listStoriesForStaff({ filter: { query: 'zzqqxx' }, page: 1 })!;
  assert.deepEqual([none.rows.length, none.window.totalItems, none.window.totalPages], [0, 0, 1]);
  assert.equal(listStoriesForStaff({ filter: { query: 'zzqqxx' }, page: 2 }), null);
});
