import 'server-only';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { siteDayKey } from '@/lib/site-time';
import { siteHourStart } from '@/lib/site-hours';
import type { SourceGroup } from '@/lib/referrer-sources';
import { readViewCountingConfig, type ViewCountingConfig } from '@/lib/view-counting-config';
import { getDb } from '@/db/client';
import { DataError, withDataErrors } from '@/db/errors';
import { noteWriteFailure, noteWriteSuccess } from '@/db/write-health';
import { retryWhileBusy } from '@/db/write-retry';
import { installedViewWriter, type ViewWriter, type ViewWriterReply } from '@/db/view-writer/view-writer';
import { addressHashOf, saltForDay } from './daily-salt';

export type Viewer = {
  /** Random token the reader's browser keeps for a day (see lib/visitor-token.ts). */
  visitorToken: string;
  /** Who is calling, for the rate limit and the daily cap: the front door's client address. Stored only hashed. */
  clientAddress: string;
  isBot: boolean;
  isStaff: boolean;
  isPrefetch: boolean;
};

/** Where a counted view came from (lib/referrer-sources.ts): the referring host's group, and a campaign when the address named one. */
export type Arrival = { source: { group: SourceGroup; host: string }; campaign: { source: string; campaign: string } | null };

const directArrival: Arrival = { source: { group: 'direct', host: '' }, campaign: null };

/** How long a reader stays in "live now" after opening a story. */
export const liveWindowSeconds = 5 * 60;

export type RecordViewOutcome =
  | { status: 'counted' | 'duplicate'; viewCount: number }
  | { status: 'not-counted'; reason: 'bot' | 'staff' | 'prefetch' | 'rate-limited' | 'capped'; viewCount: number }
  | { status: 'refused' };

/** One view to record: plain data, so it can be posted to the view-writer thread (db/view-writer/). */
export type RecordViewInput = { articleId: number; viewer: Viewer; arrival?: Arrival; now?: Date; config?: ViewCountingConfig };

// This is the hottest write path in the product, so it uses prepared statements directly
// (built once per connection) rather than rebuilding SQL through the query builder per view.
type Statements = ReturnType<typeof prepareStatements>;
const statementsByConnection = new WeakMap<Database.Database, Statements>();

function prepareStatements(sqlite: Database.Database) {
  return {
    publicViewCount: sqlite.prepare<[number, number], { viewCount: number; sectionId: number }>(
      "SELECT view_count AS viewCount, section_id AS sectionId FROM articles WHERE id = ? AND status = 'published' AND published_at <= ?",
    ),
    countAttempt: sqlite.prepare<[string, number], { attempts: number }>(
      `INSERT INTO view_rate_limits (client_key, window_start, attempts) VALUES (?, ?, 1)
       ON CONFLICT (client_key, window_start) DO UPDATE SET attempts = attempts + 1 RETURNING attempts`,
    ),
    addressViewsToday: sqlite.prepare<[string, number, string], { views: number }>(
      'SELECT views FROM article_address_daily_views WHERE day = ? AND article_id = ? AND address_hash = ?',
    ),
    incrementAddressDay: sqlite.prepare<[string, number, string]>(
      `INSERT INTO article_address_daily_views (day, article_id, address_hash, views) VALUES (?, ?, ?, 1)
       ON CONFLICT (day, article_id, address_hash) DO UPDATE SET views = views + 1`,
    ),
    lastCounted: sqlite.prepare<[number, string], { lastCountedAt: number }>(
      'SELECT last_counted_at AS lastCountedAt FROM article_view_visits WHERE article_id = ? AND visitor_hash = ?',
    ),
    upsertVisit: sqlite.prepare<[number, string, number]>(
      `INSERT INTO article_view_visits (article_id, visitor_hash, last_counted_at) VALUES (?, ?, ?)
       ON CONFLICT (article_id, visitor_hash) DO UPDATE SET last_counted_at = excluded.last_counted_at`,
    ),
    incrementTotal: sqlite.prepare<[number], { viewCount: number }>(
      'UPDATE articles SET view_count = view_count + 1 WHERE id = ? RETURNING view_count AS viewCount',
    ),
    incrementDay: sqlite.prepare<[number, string, number]>(
      `INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, 1, ?)
       ON CONFLICT (article_id, day) DO UPDATE SET views = views + 1, visitors = visitors + excluded.visitors`,
    ),
    incrementSectionDay: sqlite.prepare<[number, string, number]>(
      `INSERT INTO section_daily_views (section_id, day, views, visitors) VALUES (?, ?, 1, ?)
       ON CONFLICT (section_id, day) DO UPDATE SET views = views + 1, visitors = visitors + excluded.visitors`,
    ),
    insertSiteVisitor: sqlite.prepare<[string, string]>('INSERT OR IGNORE INTO site_daily_visitors (day, visitor_hash) VALUES (?, ?)'),
    incrementSiteDay: sqlite.prepare<[string, number]>(
      `INSERT INTO site_daily_views (day, views, visitors) VALUES (?, 1, ?)
       ON CONFLICT (day) DO UPDATE SET views = views + 1, visitors = visitors + excluded.visitors`,
    ),
    incrementHour: sqlite.prepare<[number, number]>(
      `INSERT INTO article_hourly_views (article_id, hour, views) VALUES (?, ?, 1)
       ON CONFLICT (article_id, hour) DO UPDATE SET views = views + 1`,
    ),
    incrementSource: sqlite.prepare<[number, string, string, string]>(
      `INSERT INTO article_daily_sources (article_id, day, source, host, views) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (article_id, day, source, host) DO UPDATE SET views = views + 1`,
    ),
    incrementSiteSource: sqlite.prepare<[string, string, string]>(
      `INSERT INTO site_daily_sources (day, source, host, views) VALUES (?, ?, ?, 1)
       ON CONFLICT (day, source, host) DO UPDATE SET views = views + 1`,
    ),
    incrementCampaign: sqlite.prepare<[number, string, string, string]>(
      `INSERT INTO article_daily_campaigns (article_id, day, utm_source, utm_campaign, views) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT (article_id, day, utm_source, utm_campaign) DO UPDATE SET views = views + 1`,
    ),
    incrementStaffDay: sqlite.prepare<[number, string]>(
      `INSERT INTO article_daily_staff_views (article_id, day, views) VALUES (?, ?, 1)
       ON CONFLICT (article_id, day) DO UPDATE SET views = views + 1`,
    ),
    markLive: sqlite.prepare<[string, number, number]>(
      `INSERT INTO live_readers (visitor_hash, article_id, seen_at) VALUES (?, ?, ?)
       ON CONFLICT (visitor_hash) DO UPDATE SET article_id = excluded.article_id, seen_at = excluded.seen_at`,
    ),
    pruneLive: sqlite.prepare<[number]>('DELETE FROM live_readers WHERE seen_at < ?'),
  };
}

function statementsFor(sqlite: Database.Database): Statements {
  let statements = statementsByConnection.get(sqlite);
  if (!statements) {
    statements = prepareStatements(sqlite);
    statementsByConnection.set(sqlite, statements);
  }
  return statements;
}

let lastLivePrunedAt = 0;

/**
 * Live readers are minutes of rows: dropped here every minute, a few hundred at most. Every
 * other per-visitor row is dropped by housekeeping in bounded batches (raw-view-rows.ts), never
 * in a reader's transaction, where a day's worth after midnight would stall that reader.
 */
function pruneLiveReaders(statements: Statements, nowSeconds: number): void {
  if (nowSeconds - lastLivePrunedAt < 60) return;
  lastLivePrunedAt = nowSeconds;
  statements.pruneLive.run(nowSeconds - liveWindowSeconds);
}

/** A visitor token as stored: hashed under the day's salt (addresses: see addressHashOf). */
function visitorHashOf(salt: string, visitorToken: string): string {
  return createHash('sha256').update(salt).update(visitorToken).digest('base64url');
}

/**
 * Counts one page view if the rules allow it and returns the article's count, including this
 * view. Rules: only public articles; bots and prefetches are never counted, signed-in staff
 * only in their own figure (once per visitor per dedupe window, like readers);
 * one count per visitor per article per dedupe window; a per-address rate limit on attempts,
 * and a per-address, per-article daily cap on counted views (random visitor tokens are free to
 * mint, addresses are not). All writes
 * happen in one IMMEDIATE transaction with SQL increments, so concurrent views from any
 * number of processes are neither lost nor double counted.
 */
export function recordArticleView({
  articleId,
  viewer,
  arrival = directArrival,
  now = new Date(),
  config = readViewCountingConfig(),
}: RecordViewInput): RecordViewOutcome {
  const sqlite = getDb().$client;
  const statements = statementsFor(sqlite);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const current = statements.publicViewCount.get(articleId, nowSeconds);
  if (!current) return { status: 'refused' };
  if (viewer.isBot) return { status: 'not-counted', reason: 'bot', viewCount: current.viewCount };
  if (viewer.isPrefetch) return { status: 'not-counted', reason: 'prefetch', viewCount: current.viewCount };

  const today = siteDayKey(now);
  const windowStart = nowSeconds - (nowSeconds % config.rateLimitWindowSeconds);
  const record = sqlite.transaction((): RecordViewOutcome => {
    const salt = saltForDay(sqlite, today);
    const shownCount = () => statements.publicViewCount.get(articleId, nowSeconds)!.viewCount;
    const isRepeat = (visitorHash: string) => {
      const previous = statements.lastCounted.get(articleId, visitorHash);
      return { previous, withinWindow: previous !== undefined && previous.lastCountedAt > nowSeconds - config.dedupeWindowSeconds };
    };
    if (viewer.isStaff) {
      // A hash of its own, so a staff member's reading never dedupes a reader's on the same browser.
      const staffHash = visitorHashOf(salt, `staff:${viewer.visitorToken}`);
      if (!isRepeat(staffHash).withinWindow) {
        statements.upsertVisit.run(articleId, staffHash, nowSeconds);
        statements.incrementStaffDay.run(articleId, today);
      }
      return { status: 'not-counted', reason: 'staff', viewCount: current.viewCount };
    }
    const addressHash = addressHashOf(salt, viewer.clientAddress);
    const { attempts } = statements.countAttempt.get(addressHash, windowStart)!;
    if (attempts > config.rateLimitMax) return { status: 'not-counted', reason: 'rate-limited', viewCount: shownCount() };
    const visitorHash = visitorHashOf(salt, viewer.visitorToken);
    const { previous, withinWindow } = isRepeat(visitorHash);
    if (withinWindow) {
      statements.markLive.run(visitorHash, articleId, nowSeconds);
      return { status: 'duplicate', viewCount: shownCount() };
    }
    const fromAddress = statements.addressViewsToday.get(today, articleId, addressHash)?.views ?? 0;
    if (fromAddress >= config.dailyCapPerAddress) return { status: 'not-counted', reason: 'capped', viewCount: shownCount() };
    statements.incrementAddressDay.run(today, articleId, addressHash);
    statements.upsertVisit.run(articleId, visitorHash, nowSeconds);
    // The hash changes with the day's salt, so "no row yet" means "first visit today".
    statements.incrementDay.run(articleId, today, previous ? 0 : 1);
    statements.incrementSectionDay.run(current.sectionId, today, previous ? 0 : 1);
    const firstOnSiteToday = statements.insertSiteVisitor.run(today, visitorHash).changes;
    statements.incrementSiteDay.run(today, firstOnSiteToday);
    statements.incrementHour.run(articleId, siteHourStart(now));
    statements.incrementSource.run(articleId, today, arrival.source.group, arrival.source.host);
    statements.incrementSiteSource.run(today, arrival.source.group, arrival.source.host);
    if (arrival.campaign) statements.incrementCampaign.run(articleId, today, arrival.campaign.source, arrival.campaign.campaign);
    statements.markLive.run(visitorHash, articleId, nowSeconds);
    const { viewCount } = statements.incrementTotal.get(articleId)!;
    pruneLiveReaders(statements, nowSeconds);
    return { status: 'counted', viewCount };
  });
  // IMMEDIATE takes the write lock up front; a deferred transaction that reads first could
  // fail with SQLITE_BUSY when another process upgrades to a writer at the same moment.
  return withDataErrors('record article view', () => record.immediate());
}

export type PatientRecordViewOutcome = RecordViewOutcome | { status: 'busy' } | { status: 'unavailable' };

/**
 * recordArticleView as the server calls it. The production server writes views on its
 * view-writer thread (db/view-writer/), which waits there for another process's write lock;
 * elsewhere (tests, `next dev`) the write runs here and waits without blocking the event loop
 * (retryWhileBusy). A write the request cannot fix (disk full, read-only, I/O error, a lock held
 * past the deadline) is an outcome, logged once a minute and shown by /health, never a 500 with
 * a stack trace per view.
 */
export async function recordArticleViewPatiently(input: RecordViewInput): Promise<PatientRecordViewOutcome> {
  const writer = installedViewWriter();
  try {
    const outcome = writer ? await recordOnViewWriter(writer, input) : await retryWhileBusy('record article view', () => recordArticleView(input));
    noteWriteSuccess();
    return outcome;
  } catch (error) {
    if (!(error instanceof DataError) || (error.code !== 'busy' && error.code !== 'unavailable')) throw error;
    noteWriteFailure('record article view', error);
    return error.code === 'busy' ? { status: 'busy' } : { status: 'unavailable' };
  }
}

async function recordOnViewWriter(writer: ViewWriter, input: RecordViewInput): Promise<RecordViewOutcome> {
  let reply: ViewWriterReply;
  try {
    reply = await writer(input);
  } catch (error) {
    // The thread failed (it is started again for the next view): this view is not stored.
    throw new DataError('unavailable', `record article view: the view-writer thread failed (${String(error)})`, { cause: error });
  }
  if ('failure' in reply) throw new DataError(reply.failure.code, reply.failure.message);
  return reply.outcome;
}
