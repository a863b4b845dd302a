// What counting views keeps: each story's, section's and the site's daily totals, the day's
// per-visitor rows (dedupe, daily visitors, the per-address cap, the rate limit) and the spans
// rankings read. Written by the view's transaction (db/queries/article-views.ts). Part of db/schema.ts.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { articles, sections } from './schema';

/** Day keys are site-time-zone calendar days, YYYY-MM-DD; anything else would split a day's figures. */
export const isDayKey = (column: AnySQLiteColumn) => sql`${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

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
