import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, type AnySQLiteColumn, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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

/** Day keys are site-time-zone calendar days, YYYY-MM-DD; anything else would split a day's figures. */
const isDayKey = (column: AnySQLiteColumn) => sql`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

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

/** One row per article per day (site time zone): the source for "most read" and staff charts. */
export const articleDailyViews = sqliteTable(
  'article_daily_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(), // YYYY-MM-DD
    views: integer('views').notNull().default(0),
    visitors: integer('visitors').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    // Covering: "most read" and "top stories" sum a day range from the index alone, and within a
    // day it is in rank order, so a ranking reads a day's leaders without sorting the day.
    index('article_daily_views_day_covering_idx').on(t.day, sql`${t.views} DESC`, t.articleId, t.visitors),
    check('article_daily_views_day_key', isDayKey(t.day)),
  ],
);

/**
 * Per-article sums of `article_daily_views` over a fixed run of finished days (first_day to
 * last_day), so "top stories over 90 days" reads one span plus today's rows instead of summing
 * 90 days of rows for every story (db/view-spans/). Finished days no longer change, so a span
 * stays exact; a span is used only once its row in `article_view_span_builds` says it is whole.
 */
export const articleViewSpans = sqliteTable(
  'article_view_spans',
  {
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    articleId: integer('article_id').notNull(), // no foreign key: ids are never reused, and readers join to articles
    views: integer('views').notNull(),
    visitors: integer('visitors').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.firstDay, t.lastDay, t.articleId] }),
    // Covering: a ranking reads its leaders and candidates from the index alone.
    index('article_view_spans_rank_idx').on(t.firstDay, t.lastDay, sql`${t.views} DESC`, t.articleId, t.visitors),
  ],
);

/** A span that is complete and may be read; written last by its build, deleted first when it is dropped. */
export const articleViewSpanBuilds = sqliteTable(
  'article_view_span_builds',
  {
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    articles: integer('articles').notNull(),
    builtAt: integer('built_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.firstDay, t.lastDay] }), check('article_view_span_builds_days', sql`${t.firstDay} <= ${t.lastDay}`)],
);

export type Section = typeof sections.$inferSelect;
export type Author = typeof authors.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Image = typeof images.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;

/**
 * Who has been counted for which article recently. `visitor_hash` is a SHA-256 of the
 * browser's random visitor token under that day's salt, so a row can neither be tied to a
 * person nor linked across days. A row's existence means "already a unique visitor today".
 */
export const articleViewVisits = sqliteTable(
  'article_view_visits',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    visitorHash: text('visitor_hash').notNull(),
    lastCountedAt: integer('last_counted_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.visitorHash] }), index('article_view_visits_last_counted_idx').on(t.lastCountedAt)],
);

/** One random salt per site day; deleting old salts makes old visitor hashes meaningless. */
export const visitorSalts = sqliteTable(
  'visitor_salts',
  {
    day: text('day').primaryKey(),
    salt: text('salt').notNull(),
  },
  (t) => [check('visitor_salts_day_key', isDayKey(t.day))],
);

/**
 * Counted views per article per client address per day, for the daily per-address cap and the
 * staff "suspicious traffic" list. `address_hash` is a SHA-256 of the address (an IPv6 /64)
 * under that day's salt: never the address, and unlinkable once the salt is gone.
 */
export const articleAddressDailyViews = sqliteTable(
  'article_address_daily_views',
  {
    day: text('day').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    addressHash: text('address_hash').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.articleId, t.addressHash] }), check('article_address_daily_views_day_key', isDayKey(t.day))],
);

/**
 * Fixed-window counters for view-recording attempts per client address hash (rate limiting
 * floods). No index on the window: it cost every view one more page written, and the hourly
 * prune reads an hour of windows, a small table, without one.
 */
export const viewRateLimits = sqliteTable(
  'view_rate_limits',
  {
    clientKey: text('client_key').notNull(),
    windowStart: integer('window_start').notNull(),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.windowStart] })],
);

/** admin: everything, including accounts; editor: edit and publish any story; writer: own drafts. */
export const staffRoles = ['admin', 'editor', 'writer'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffUsers = sqliteTable(
  'staff_users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    // scrypt$N$r$p$salt$hash (lib/server/auth/password.ts); never the password itself.
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: staffRoles }).notNull().default('writer'),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    /** Set by an admin: the account can neither sign in nor use a session it had. */
    disabledAt: integer('disabled_at', { mode: 'timestamp' }),
    /** The author profile this staff member writes under: new stories carry it as their byline. */
    authorId: integer('author_id').references((): AnySQLiteColumn => authors.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('staff_users_email_unique').on(t.email), check('staff_users_role_known', sql`${t.role} IN ('admin', 'editor', 'writer')`)],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const staffSessions = sqliteTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    /** Touched at most once a minute; a session idle past STAFF_SESSION_IDLE_MINUTES ends. */
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`0`),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId), index('staff_sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Sign-in throttles. `pair:` keys (an email with one client address) count failures since
 * the last success, for a lock with backoff that only that address suffers; `address:` keys
 * count every attempt from one address in a fixed window. Keys hash the address under the
 * day's salt, like every other stored address.
 */
export const signInThrottles = sqliteTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull().default(0),
    windowStart: integer('window_start').notNull(),
    lastFailureAt: integer('last_failure_at').notNull(),
  },
  (t) => [index('sign_in_throttles_last_failure_idx').on(t.lastFailureAt)],
);

export type StaffUser = typeof staffUsers.$inferSelect;

/** Site-wide views and unique visitors per day: staff totals and charts read O(days) rows. */
export const siteDailyViews = sqliteTable(
  'site_daily_views',
  {
    day: text('day').primaryKey(),
    views: integer('views').notNull().default(0),
    visitors: integer('visitors').notNull().default(0),
  },
  (t) => [check('site_daily_views_day_key', isDayKey(t.day))],
);

/** Which visitor hashes were seen on the site today (pruned after two days). */
export const siteDailyVisitors = sqliteTable(
  'site_daily_visitors',
  {
    day: text('day').notNull(),
    visitorHash: text('visitor_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.visitorHash] }), check('site_daily_visitors_day_key', isDayKey(t.day))],
);

/** Views per section per day, kept beside the per-article rows so breakdowns read O(days) rows. */
export const sectionDailyViews = sqliteTable(
  'section_daily_views',
  {
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    views: integer('views').notNull().default(0),
    visitors: integer('visitors').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.sectionId, t.day] }),
    index('section_daily_views_day_idx').on(t.day),
    check('section_daily_views_day_key', isDayKey(t.day)),
  ],
);

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

/**
 * Who did what in the newsroom, for admins: stories created, published, scheduled, taken down,
 * restored or deleted, and accounts added, changed or disabled. The actor's email is kept beside
 * the id so the record outlives the account.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp' }).notNull(),
    actorId: integer('actor_id').references(() => staffUsers.id, { onDelete: 'set null' }),
    actorEmail: text('actor_email').notNull(),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail').notNull().default(''),
  },
  (t) => [index('audit_events_at_idx').on(t.at)],
);

export * from './readership-schema';
