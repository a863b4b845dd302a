import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, type AnySQLiteColumn, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staffUsers } from './staff-schema';

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    // Editors order the navigation by hand, not alphabetically.
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('sections_slug_unique').on(t.slug)],
);

export const authors = sqliteTable(
  'authors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    bio: text('bio').notNull(),
    // Made by the seed (demo or synthetic corpus): `npm run demo:remove` deletes exactly these.
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('authors_slug_unique').on(t.slug)],
);

export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    // Made by the seed (demo or synthetic corpus): `npm run demo:remove` deletes exactly these.
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('tags_slug_unique').on(t.slug)],
);

/**
 * An uploaded (or seeded) picture. Its files live under the media directory, named by `hash` (the
 * uploaded bytes' SHA-256): the original without its metadata, and AVIF and WebP at each of
 * `widths`, plus one JPEG for feeds and social cards (lib/images/image-files.ts).
 */
export const images = sqliteTable(
  'images',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hash: text('hash').notNull(),
    /** What the content turned out to be (never what the file name said): jpeg, png, webp or avif. */
    format: text('format').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** Bytes the staff member uploaded. */
    bytes: integer('bytes').notNull(),
    /** The resized widths made, comma-separated, ascending ("480,960,1600"). */
    widths: text('widths').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    createdBy: integer('created_by').references((): AnySQLiteColumn => staffUsers.id, { onDelete: 'set null' }),
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('images_hash_unique').on(t.hash)],
);

// A story's life: written as a draft, sent to an editor for review, published (now, or at a
// future publishedAt: scheduled), and possibly taken down again (unpublished, answered 410).
export const articleStatuses = ['draft', 'in_review', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    standfirst: text('standfirst').notNull(),
    // Markdown source; rendered and sanitized on the way out, never stored as HTML.
    body: text('body').notNull(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id),
    status: text('status', { enum: articleStatuses }).notNull().default('draft'),
    // Empty until a story is first published; a future time means "scheduled".
    publishedAt: integer('published_at', { mode: 'timestamp' }),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
    // Running total kept beside the row so an article page reads its count without a SUM.
    viewCount: integer('view_count').notNull().default(0),
    // Made by the seed (demo or synthetic corpus): `npm run demo:remove` deletes exactly these.
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    /** The staff member who started the story (writers may edit their own drafts); empty for seeded stories. */
    createdBy: integer('created_by').references((): AnySQLiteColumn => staffUsers.id, { onDelete: 'set null' }),
    /** Raised by every save: a save made against an older version is refused as a conflict, never applied. */
    version: integer('version').notNull().default(1),
    /** The picture at the top of the story, on its cards and in social previews; alt text is required with it. */
    leadImageId: integer('lead_image_id').references(() => images.id, { onDelete: 'set null' }),
    leadImageAlt: text('lead_image_alt').notNull().default(''),
    leadImageCaption: text('lead_image_caption').notNull().default(''),
    leadImageCredit: text('lead_image_credit').notNull().default(''),
  },
  (t) => [
    uniqueIndex('articles_slug_unique').on(t.slug),
    index('articles_status_published_idx').on(t.status, t.publishedAt),
    // The newest change among public stories (sitemaps, feeds) without scanning them all.
    index('articles_status_updated_idx').on(t.status, t.updatedAt),
    // The newsroom's story list, newest change first, without sorting every story.
    index('articles_updated_idx').on(t.updatedAt, t.id),
    index('articles_section_published_idx').on(t.sectionId, t.status, t.publishedAt),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt),
    // Rankings check that a candidate is public, and its section, here: a small index instead of
    // the table's wide rows (db/queries/view-rankings.ts names it with INDEXED BY: the planner
    // prefers the rowid). Tag and author pages read their link tables alone (publicSince, below).
    index('articles_public_by_id_idx').on(t.id, t.status, t.publishedAt, t.sectionId),
    check('articles_status_known', sql`${t.status} IN ('draft', 'in_review', 'published', 'unpublished')`),
    check('articles_published_has_time', sql`${t.status} NOT IN ('published', 'unpublished') OR ${t.publishedAt} IS NOT NULL`),
    check('articles_view_count_not_negative', sql`${t.viewCount} >= 0`),
  ],
);

/**
 * A link table's copy of its story's published_at while the story is published (null for drafts
 * and taken-down stories), so a tag or author page counts and pages its public stories, newest
 * first, from one index range. Joining every link to `articles` instead cost the author on
 * 30,600 stories 20-35 ms per request at 100k stories. Triggers keep the copy (migration 0029):
 * on a link's insert, and on any change to a story's status or published_at.
 */
const publicSince = () => integer('public_since', { mode: 'timestamp' });

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    /** The story's published_at while it is published, else null: kept by triggers (see publicSince below). */
    publicSince: publicSince(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId, t.articleId),
    index('article_tags_public_idx').on(t.tagId, t.publicSince, t.articleId),
  ],
);

/**
 * Everyone a story is by, in byline order. `articles.author_id` stays the first of them (the card
 * byline and the author index read it without a join); author pages list every story here.
 */
export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** The story's published_at while it is published, else null: kept by triggers (see publicSince below). */
    publicSince: publicSince(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_author_idx').on(t.authorId, t.articleId),
    index('article_authors_public_idx').on(t.authorId, t.publicSince, t.articleId),
  ],
);

export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Image = typeof images.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

/**
 * One row: a random id for this database, made when it was created and made anew when a backup
 * is restored into its place. Cached pages and reads carry the id of the database they were
 * rendered from, so a server never answers from a cache filled by another database.
 */
export const databaseIdentity = sqliteTable(
  'database_identity',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull(),
  },
  (t) => [check('database_identity_one_row', sql`${t.id} = 1`)],
);

/**
 * When each cache tag last changed, written by whoever changed it (a staff action, a script), so
 * that every server process on this database drops or refreshes its cached pages, not only the
 * one that made the change. `stale_since`: pages cached before it are served once more while a
 * new one renders; `expired_since`: pages cached before it are never served again (a story taken
 * down). Milliseconds; one row a tag, pruned once older than the longest cache lifetime.
 */
export const cacheTagChanges = sqliteTable(
  'cache_tag_changes',
  {
    tag: text('tag').primaryKey(),
    staleSince: integer('stale_since').notNull(),
    expiredSince: integer('expired_since').notNull().default(0),
  },
  (t) => [index('cache_tag_changes_stale_idx').on(t.staleSince)],
);

/** Every save of a story, whole: who saved it, when, and all its fields as they were then. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    savedBy: integer('saved_by').references(() => staffUsers.id, { onDelete: 'set null' }),
    savedAt: integer('saved_at', { mode: 'timestamp' }).notNull(),
    status: text('status', { enum: articleStatuses }).notNull(),
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    standfirst: text('standfirst').notNull(),
    body: text('body').notNull(),
    sectionId: integer('section_id').notNull(),
    authorId: integer('author_id').notNull(),
    /** The story's tag names at that save, as a JSON array. */
    tagNames: text('tag_names').notNull(),
    /** Every byline at that save, in order, as a JSON array of author ids (`author_id` is the first). */
    authorIds: text('author_ids').notNull().default('[]'),
    leadImageId: integer('lead_image_id'),
    leadImageAlt: text('lead_image_alt').notNull().default(''),
    leadImageCaption: text('lead_image_caption').notNull().default(''),
    leadImageCredit: text('lead_image_credit').notNull().default(''),
  },
  (t) => [uniqueIndex('article_revisions_article_version_unique').on(t.articleId, t.version)],
);

/** Public notes on a published story's changes ("Correction: an earlier version misnamed ..."), shown at its foot and in feeds. */
export const articleCorrections = sqliteTable(
  'article_corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    createdBy: integer('created_by').references(() => staffUsers.id, { onDelete: 'set null' }),
  },
  (t) => [index('article_corrections_article_idx').on(t.articleId, t.createdAt)],
);

/** Addresses a published story had before its slug changed: they answer 301 to its current address. */
export const articleSlugHistory = sqliteTable('article_slug_history', {
  slug: text('slug').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  replacedAt: integer('replaced_at', { mode: 'timestamp' }).notNull(),
});

export * from './view-counting-schema';
export * from './readership-schema';
export * from './staff-schema';
