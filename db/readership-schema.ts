// Readership beyond the daily totals: hours, sources, campaigns, staff reading and who is reading
// now. Written in the view's own transaction (db/queries/article-views.ts). Part of db/schema.ts.
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';
import { isDayKey } from './view-counting-schema';

const isSourceGroup = (column: AnySQLiteColumn) => sql`${column} IN ('search', 'social', 'other-sites', 'direct', 'internal')`;

/**
 * Counted views per story per site hour (`hour`: Unix seconds at which the hour began on the
 * newsroom's clock, lib/site-hours.ts): a story's first days hour by hour, and what is trending.
 */
export const articleHourlyViews = sqliteTable(
  'article_hourly_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: integer('hour').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.hour] }),
    // Covering: "the last hours across every story" (trending) reads a range of hours alone.
    index('article_hourly_views_hour_idx').on(t.hour, t.articleId, t.views),
    check('article_hourly_views_whole_seconds', sql`${t.hour} % 60 = 0`),
  ],
);

/** Signed-in staff members' reading, per story per day: shown beside readers' on staff pages, never in public numbers. */
export const articleDailyStaffViews = sqliteTable(
  'article_daily_staff_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day] }),
    index('article_daily_staff_views_day_idx').on(t.day),
    check('article_daily_staff_views_day_key', isDayKey(t.day)),
  ],
);

/**
 * Counted views per story per day by where the reader came from: the referring page's host only
 * ('' for direct), in the groups of lib/referrer-sources.ts.
 */
export const articleDailySources = sqliteTable(
  'article_daily_sources',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    source: text('source').notNull(),
    host: text('host').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day, t.source, t.host] }),
    check('article_daily_sources_day_key', isDayKey(t.day)),
    check('article_daily_sources_group', isSourceGroup(t.source)),
  ],
);

/** The same, site-wide: a period's sources read O(days x hosts) rows, not every story's. */
export const siteDailySources = sqliteTable(
  'site_daily_sources',
  {
    day: text('day').notNull(),
    source: text('source').notNull(),
    host: text('host').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.source, t.host] }),
    check('site_daily_sources_day_key', isDayKey(t.day)),
    check('site_daily_sources_group', isSourceGroup(t.source)),
  ],
);

/** Counted views per story per day that arrived with utm_source / utm_campaign ('' where one is absent). */
export const articleDailyCampaigns = sqliteTable(
  'article_daily_campaigns',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    utmSource: text('utm_source').notNull(),
    utmCampaign: text('utm_campaign').notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.day, t.utmSource, t.utmCampaign] }),
    index('article_daily_campaigns_day_idx').on(t.day),
    check('article_daily_campaigns_day_key', isDayKey(t.day)),
  ],
);

/**
 * Who opened a story in the last few minutes, one row per visitor (hashed under the day's salt,
 * as for counting) holding the story they opened last. Rows older than the live window are
 * deleted every minute, so the table holds minutes of readers, not history.
 */
export const liveReaders = sqliteTable(
  'live_readers',
  {
    visitorHash: text('visitor_hash').primaryKey(),
    articleId: integer('article_id').notNull(), // no foreign key: rows live for minutes, and readers join to articles
    seenAt: integer('seen_at').notNull(), // Unix seconds
  },
  (t) => [index('live_readers_seen_idx').on(t.seenAt, t.articleId)],
);
