import 'server-only';
import type Database from 'better-sqlite3';
import { slugify } from '@/lib/slug';
import type { StoryCacheKeys } from '@/lib/cache-policy';
import { getDb } from '@/db/client';
import type { ArticleStatus } from '@/db/schema';

/** What a staff member writes; the rest of a story (state, times, version) follows from actions. */
export type StoryFields = {
  headline: string;
  standfirst: string;
  body: string;
  /** Empty: made from the headline. */
  slug: string;
  sectionId: number;
  /** Byline order; the first is the lead author. */
  authorIds: number[];
  tagNames: string[];
  /** The picture at the top of the story (images.id), with what readers are told about it. */
  leadImageId: number | null;
  leadImageAlt: string;
  leadImageCaption: string;
  leadImageCredit: string;
};

export type EditableStory = Omit<StoryFields, 'slug'> & {
  id: number;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  version: number;
  createdBy: number | null;
  /** Published at some point (published now, scheduled, or taken down): never deleted, only unpublished. */
  everPublished: boolean;
};

type StoryRow = Pick<StoryFields, 'leadImageId' | 'leadImageAlt' | 'leadImageCaption' | 'leadImageCredit'> & {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  body: string;
  sectionId: number;
  authorId: number;
  status: ArticleStatus;
  publishedAt: number | null;
  updatedAt: number;
  version: number;
  createdBy: number | null;
};

function readStory(sqlite: Database.Database, id: number): EditableStory | null {
  const row = sqlite
    .prepare<[number], StoryRow>(
      `SELECT id, slug, headline, standfirst, body, section_id AS sectionId, author_id AS authorId, status,
              published_at AS publishedAt, updated_at AS updatedAt, version, created_by AS createdBy, lead_image_id AS leadImageId,
              lead_image_alt AS leadImageAlt, lead_image_caption AS leadImageCaption, lead_image_credit AS leadImageCredit
       FROM articles WHERE id = ?`,
    )
    .get(id);
  if (!row) return null;
  const { authorId, ...story } = row;
  const bylines = sqlite.prepare<[number], number>('SELECT author_id FROM article_authors WHERE article_id = ? ORDER BY position').pluck().all(id);
  const tagNames = sqlite
    .prepare<[number], string>('SELECT t.name FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = ? ORDER BY t.name')
    .pluck()
    .all(id);
  return {
    ...story,
    authorIds: bylines.length > 0 ? bylines : [authorId],
    tagNames,
    publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt * 1000),
    updatedAt: new Date(row.updatedAt * 1000),
    everPublished: row.publishedAt !== null,
  };
}

export function getEditableStory({ id }: { id: number }): EditableStory | null {
  return readStory(getDb().$client, id);
}

/** Every cached page that shows the story as it is (see revalidateStory), and the redirects at its old addresses. */
function cacheKeysOf(sqlite: Database.Database, story: EditableStory): StoryCacheKeys {
  const tagIds = sqlite.prepare<[number], number>('SELECT tag_id FROM article_tags WHERE article_id = ?').pluck().all(story.id);
  const oldSlugs = sqlite.prepare<[number], string>('SELECT slug FROM article_slug_history WHERE article_id = ?').pluck().all(story.id);
  return {
    id: story.id,
    slugs: [story.slug, ...oldSlugs.filter((slug) => slug !== story.slug)],
    sectionIds: [story.sectionId],
    authorIds: story.authorIds,
    tagIds,
  };
}

/** The same, for a story read with getEditableStory (the newsroom's "Refresh on the site"). */
export function getStoryCacheKeys(story: EditableStory): StoryCacheKeys {
  return cacheKeysOf(getDb().$client, story);
}

function mergeKeys(a: StoryCacheKeys | null, b: StoryCacheKeys): StoryCacheKeys {
  const union = <T>(x: T[] = [], y: T[]) => [...new Set([...x, ...y])];
  return {
    id: b.id,
    slugs: union(a?.slugs, b.slugs),
    sectionIds: union(a?.sectionIds, b.sectionIds),
    authorIds: union(a?.authorIds, b.authorIds),
    tagIds: union(a?.tagIds, b.tagIds),
  };
}

function recordRevision(sqlite: Database.Database, story: EditableStory, savedBy: number, savedAt: number): void {
  sqlite
    .prepare(
      `INSERT INTO article_revisions (article_id, version, saved_by, saved_at, status, slug, headline, standfirst, body, section_id, author_id, tag_names,
         author_ids, lead_image_id, lead_image_alt, lead_image_caption, lead_image_credit)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      story.id,
      story.version,
      savedBy,
      savedAt,
      story.status,
      story.slug,
      story.headline,
      story.standfirst,
      story.body,
      story.sectionId,
      story.authorIds[0],
      JSON.stringify(story.tagNames),
      JSON.stringify(story.authorIds),
      story.leadImageId,
      story.leadImageAlt,
      story.leadImageCaption,
      story.leadImageCredit,
    );
}

function setBylines(sqlite: Database.Database, articleId: number, authorIds: number[]): void {
  sqlite.prepare('DELETE FROM article_authors WHERE article_id = ?').run(articleId);
  const insert = sqlite.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)');
  authorIds.forEach((authorId, position) => insert.run(articleId, authorId, position));
}

function setTags(sqlite: Database.Database, articleId: number, names: string[]): void {
  sqlite.prepare('DELETE FROM article_tags WHERE article_id = ?').run(articleId);
  const upsert = sqlite
    .prepare<[string, string], number>(
      'INSERT INTO tags (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET slug = excluded.slug RETURNING id',
    )
    .pluck();
  const link = sqlite.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  for (const name of names) {
    const slug = slugify(name);
    if (slug) link.run(articleId, upsert.get(slug, name));
  }
}

export type SaveOutcome =
  | { status: 'saved'; story: EditableStory; cacheKeys: StoryCacheKeys }
  | { status: 'conflict'; current: EditableStory; savedByEmail: string | null; savedAt: Date }
  | { status: 'slug-taken' | 'not-found' | 'unknown-section' | 'unknown-author' | 'unknown-image' };

/**
 * Creates a draft (no `id`) or saves a story, in one IMMEDIATE transaction that also keeps a
 * revision of the result. A save made against an older version than the stored one (someone
 * else saved, published or took it down meanwhile) changes nothing and returns the current
 * story with who changed it, so the caller can show both. A `publicNote` on a story that has been
 * published is added to its "Corrections and updates" in the same transaction.
 */
export function saveStory({
  staffId,
  id,
  expectedVersion,
  fields,
  publicNote = '',
  now = new Date(),
}: {
  staffId: number;
  id?: number;
  expectedVersion?: number;
  fields: StoryFields;
  publicNote?: string;
  now?: Date;
}): SaveOutcome {
  const sqlite = getDb().$client;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const slug = (fields.slug || slugify(fields.headline)).slice(0, 180);
  return sqlite
    .transaction((): SaveOutcome => {
      if (!sqlite.prepare('SELECT 1 FROM sections WHERE id = ?').get(fields.sectionId)) return { status: 'unknown-section' };
      const authorIds = [...new Set(fields.authorIds)];
      const knownAuthors = sqlite
        .prepare(`SELECT count(*) FROM authors WHERE id IN (${authorIds.map(() => '?').join(',')})`)
        .pluck()
        .get(...authorIds);
      if (authorIds.length === 0 || knownAuthors !== authorIds.length) return { status: 'unknown-author' };
      if (fields.leadImageId !== null && !sqlite.prepare('SELECT 1 FROM images WHERE id = ?').get(fields.leadImageId))
        return { status: 'unknown-image' };
      const before = id === undefined ? null : readStory(sqlite, id);
      if (id !== undefined && !before) return { status: 'not-found' };
      if (before && before.version !== expectedVersion) {
        const last = sqlite
          .prepare<[number], { email: string | null; savedAt: number }>(
            'SELECT u.email AS email, r.saved_at AS savedAt FROM article_revisions r LEFT JOIN staff_users u ON u.id = r.saved_by WHERE r.article_id = ? ORDER BY r.version DESC LIMIT 1',
          )
          .get(before.id);
        return {
          status: 'conflict',
          current: before,
          savedByEmail: last?.email ?? null,
          savedAt: new Date((last?.savedAt ?? before.updatedAt.getTime() / 1000) * 1000),
        };
      }
      if (sqlite.prepare('SELECT 1 FROM articles WHERE slug = ? AND id IS NOT ?').get(slug, id ?? null)) return { status: 'slug-taken' };
      // No picture, no words about it: a caption left behind would describe nothing.
      const image = fields.leadImageId === null ? ['', '', ''] : [fields.leadImageAlt, fields.leadImageCaption, fields.leadImageCredit];
      const values = [
        slug,
        fields.headline,
        fields.standfirst,
        fields.body,
        fields.sectionId,
        authorIds[0],
        fields.leadImageId,
        ...image,
        nowSeconds,
      ] as const;
      const storyId = before
        ? (sqlite
            .prepare(
              `UPDATE articles SET slug = ?, headline = ?, standfirst = ?, body = ?, section_id = ?, author_id = ?, lead_image_id = ?, lead_image_alt = ?,
                 lead_image_caption = ?, lead_image_credit = ?, updated_at = ?, version = version + 1 WHERE id = ? RETURNING id`,
            )
            .pluck()
            .get(...values, before.id) as number)
        : (sqlite
            .prepare(
              `INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, lead_image_id, lead_image_alt, lead_image_caption, lead_image_credit,
                 updated_at, status, created_at, created_by, version)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, 1) RETURNING id`,
            )
            .pluck()
            .get(...values, nowSeconds, staffId) as number);
      setBylines(sqlite, storyId, authorIds);
      setTags(sqlite, storyId, fields.tagNames);
      // The address is live again (this story's or another's): it no longer redirects.
      sqlite.prepare('DELETE FROM article_slug_history WHERE slug = ?').run(slug);
      if (before?.everPublished && before.slug !== slug) {
        // Readers and search engines have the old address: it answers 301 to the new one.
        sqlite
          .prepare('INSERT OR REPLACE INTO article_slug_history (slug, article_id, replaced_at) VALUES (?, ?, ?)')
          .run(before.slug, storyId, nowSeconds);
      }
      if (before?.everPublished && publicNote.trim()) {
        sqlite
          .prepare('INSERT INTO article_corrections (article_id, note, created_at, created_by) VALUES (?, ?, ?, ?)')
          .run(storyId, publicNote.trim(), nowSeconds, staffId);
      }
      const story = readStory(sqlite, storyId)!;
      recordRevision(sqlite, story, staffId, nowSeconds);
      return { status: 'saved', story, cacheKeys: mergeKeys(before && cacheKeysOf(sqlite, before), cacheKeysOf(sqlite, story)) };
    })
    .immediate();
}

export type StateChange = { to: 'in_review' } | { to: 'published'; at: Date } | { to: 'unpublished' };

/**
 * Moves a story to another state (the caller has checked the role, lib/story-workflow.ts), raising
 * its version and keeping a revision, so an editor's publish also stops a stale save elsewhere.
 * Publishing at a future time schedules the story: readers' queries show it from then on.
 */
export function changeStoryState({
  staffId,
  id,
  expectedVersion,
  change,
  now = new Date(),
}: {
  staffId: number;
  id: number;
  expectedVersion: number;
  change: StateChange;
  now?: Date;
}): { status: 'changed'; story: EditableStory; cacheKeys: StoryCacheKeys } | { status: 'not-found' } | { status: 'conflict' } {
  const sqlite = getDb().$client;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return sqlite
    .transaction(() => {
      const before = readStory(sqlite, id);
      if (!before) return { status: 'not-found' as const };
      if (before.version !== expectedVersion) return { status: 'conflict' as const };
      const publishedAt =
        change.to === 'published' ? Math.floor(change.at.getTime() / 1000) : before.publishedAt && Math.floor(before.publishedAt.getTime() / 1000);
      sqlite
        .prepare('UPDATE articles SET status = ?, published_at = ?, updated_at = ?, version = version + 1 WHERE id = ?')
        .run(change.to, publishedAt, nowSeconds, id);
      const story = readStory(sqlite, id)!;
      recordRevision(sqlite, story, staffId, nowSeconds);
      return { status: 'changed' as const, story, cacheKeys: cacheKeysOf(sqlite, story) };
    })
    .immediate();
}

/** Deletes a story that was never published (the caller has checked lib/story-workflow.ts). */
export function deleteNeverPublishedStory({ id }: { id: number }): boolean {
  return (
    getDb().$client.prepare("DELETE FROM articles WHERE id = ? AND published_at IS NULL AND status IN ('draft', 'in_review')").run(id).changes === 1
  );
}
