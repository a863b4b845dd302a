import 'server-only';
import type Database from 'better-sqlite3';
import { siteHoursOfDay } from '@/lib/site-hours';
import { siteDayKey } from '@/lib/site-time';

/**
 * The per-visitor rows behind counting, and how long each is of any use. Every visitor and
 * address hash is salted with the day's salt, so no row from before today can match a view
 * made today: yesterday's rows only take space (and are the only place a reader's hash lives).
 * - article_view_visits: who was counted on which story today (dedupe, daily visitors);
 * - site_daily_visitors: who read anything today (the site's daily visitors);
 * - article_address_daily_views: views per address per story today (the daily cap);
 * - view_rate_limits: attempts per address per minute, for the last hour.
 * The rollups (daily, hourly, sources, campaigns) hold counts only and are kept for good.
 */
const expiredRows = (sqlite: Database.Database) => ({
  visits: sqlite.prepare<[number, number]>(
    `DELETE FROM article_view_visits WHERE rowid IN
       (SELECT rowid FROM article_view_visits INDEXED BY article_view_visits_last_counted_idx WHERE last_counted_at < ? LIMIT ?)`,
  ),
  siteVisitors: sqlite.prepare<[string, number]>(
    'DELETE FROM site_daily_visitors WHERE rowid IN (SELECT rowid FROM site_daily_visitors WHERE day < ? LIMIT ?)',
  ),
  addressDays: sqlite.prepare<[string, number]>(
    'DELETE FROM article_address_daily_views WHERE rowid IN (SELECT rowid FROM article_address_daily_views WHERE day < ? LIMIT ?)',
  ),
  rateLimits: sqlite.prepare<[number, number]>(
    'DELETE FROM view_rate_limits WHERE rowid IN (SELECT rowid FROM view_rate_limits WHERE window_start < ? LIMIT ?)',
  ),
});

const statementsByConnection = new WeakMap<Database.Database, ReturnType<typeof expiredRows>>();

/**
 * Deletes per-visitor rows no view can use any more, at most `batch` rows of each table a call:
 * the first minute after midnight may find a whole day of them (a million on a busy day), and a
 * single delete of that size would hold the event loop and the write lock for seconds. Called
 * every minute by housekeeping, so 5,000 a minute clears 7 million a day. Returns rows deleted.
 */
export function forgetExpiredViewRows(sqlite: Database.Database, now: Date = new Date(), { batch = 5_000 } = {}): number {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) {
    statements = expiredRows(sqlite);
    statementsByConnection.set(sqlite, statements);
  }
  const today = siteDayKey(now);
  const startOfToday = siteHoursOfDay(today)[0]!;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const { visits, siteVisitors, addressDays, rateLimits } = statements;
  return sqlite.transaction(
    () =>
      visits.run(startOfToday, batch).changes +
      siteVisitors.run(today, batch).changes +
      addressDays.run(today, batch).changes +
      rateLimits.run(nowSeconds - 3600, batch).changes,
  )();
}
