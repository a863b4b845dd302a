// How large the readership tables grow per million counted views, measured: a day of views on a
// 2,000-story site (stories read in a long-tail spread, readers from search, social, other sites,
// direct and within the site, one in twenty with a campaign), recorded by the real view path,
// then the sizes of every table and its indexes (SQLite's dbstat), before and after housekeeping
// has dropped the day's per-visitor rows (the size column is at the day's end: per-visitor
// tables then hold the whole day, the rate limits their last hour). BENCH_SIZE_VIEWS changes the number of views.
// Run: node --conditions=react-server --import tsx bench/readership-table-sizes.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-table-sizes-'));
process.env.DATABASE_PATH = join(dir, 'sizes.db');
const { getDb } = await import('@/db/client');
const { runMigrations } = await import('@/db/migrate');
const { seedCorpus } = await import('@/db/seed/seed-corpus');
const { recordArticleView } = await import('@/db/queries/article-views');
const { forgetExpiredViewRows } = await import('@/db/queries/raw-view-rows');
const { siteHoursOfDay } = await import('@/lib/site-hours');
const { createRandom } = await import('@/db/seed/generate-articles');

const stories = 2000;
const views = Number(process.env.BENCH_SIZE_VIEWS ?? 1_000_000);
const db = getDb();
runMigrations(db);
seedCorpus(db, { articleCount: stories, viewHistoryDays: 0 });
const sqlite = db.$client;

const tables = [
  'article_daily_views',
  'article_hourly_views',
  'article_daily_sources',
  'site_daily_sources',
  'article_daily_campaigns',
  'section_daily_views',
  'site_daily_views',
  'article_daily_staff_views',
  'article_view_visits',
  'site_daily_visitors',
  'article_address_daily_views',
  'view_rate_limits',
  'live_readers',
];
const perVisitor = new Set(['article_view_visits', 'site_daily_visitors', 'article_address_daily_views', 'view_rate_limits', 'live_readers']);

function sizes(): Map<string, { rows: number; bytes: number }> {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const bytesOf = new Map(
    (
      sqlite
        .prepare('SELECT m.tbl_name AS name, sum(s.pgsize) AS bytes FROM dbstat s JOIN sqlite_master m ON m.name = s.name GROUP BY m.tbl_name')
        .all() as { name: string; bytes: number }[]
    ).map((r) => [r.name, r.bytes]),
  );
  return new Map(tables.map((t) => [t, { rows: sqlite.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number, bytes: bytesOf.get(t) ?? 0 }]));
}

// A long tail: story k is read in proportion to 1 / k^1.1, as a news site's day is.
const weights = Array.from({ length: stories }, (_, k) => 1 / (k + 1) ** 1.1);
const cumulative: number[] = [];
weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
const total = cumulative.at(-1)!;
const generator = createRandom(42);
const random = () => generator.next();
const pickStory = () => {
  const target = random() * total;
  let lo = 0;
  let hi = stories - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
};
const hosts: [string, 'search' | 'social' | 'other-sites'][] = [
  ...['google.com', 'bing.com', 'duckduckgo.com', 'news.google.com', 'ecosia.org'].map((h) => [h, 'search'] as [string, 'search']),
  ...['t.co', 'facebook.com', 'reddit.com', 'bsky.app', 'linkedin.com', 'news.ycombinator.com'].map((h) => [h, 'social'] as [string, 'social']),
  ...Array.from({ length: 40 }, (_, i) => [`site-${i}.example`, 'other-sites'] as [string, 'other-sites']),
];
const arrival = () => {
  const r = random();
  const campaign = random() < 0.05 ? { source: 'newsletter', campaign: `issue-${Math.floor(random() * 8)}` } : null;
  if (r < 0.3) return { source: { group: 'direct' as const, host: '' }, campaign };
  if (r < 0.45) return { source: { group: 'internal' as const, host: 'broadsheet.example' }, campaign };
  const [host, group] = hosts[Math.floor(random() ** 2 * hosts.length)]!;
  return { source: { group, host }, campaign };
};

const day = '2031-05-14';
const dayStart = siteHoursOfDay(day)[0]! * 1000;
const config = { dedupeWindowSeconds: 1800, rateLimitMax: 1e9, rateLimitWindowSeconds: 60, dailyCapPerAddress: 1e9 };
const readers = Math.floor(views * 0.6); // some readers read more than one story
const before = sizes();
const started = performance.now();
let counted = 0;
let lastHousekeeping = 0;
for (let i = 0; i < views; i++) {
  const now = new Date(dayStart + Math.floor((i / views) * 86_400_000));
  // The server's housekeeping runs every minute: it keeps an hour of rate-limit rows, not a day.
  if (now.getTime() - lastHousekeeping >= 60_000) {
    lastHousekeeping = now.getTime();
    forgetExpiredViewRows(sqlite, now);
  }
  const reader = Math.floor(random() * readers);
  const outcome = recordArticleView({
    articleId: pickStory(),
    arrival: arrival(),
    now,
    config,
    viewer: {
      visitorToken: `reader-${reader}`,
      clientAddress: `10.${reader % 200}.${(reader >> 8) & 255}.${reader & 255}`,
      isBot: false,
      isStaff: false,
      isPrefetch: false,
    },
  });
  if (outcome.status === 'counted') counted++;
}
const seconds = (performance.now() - started) / 1000;
const after = sizes();
// The next day's housekeeping, run until it has nothing left to drop.
const nextDay = new Date(dayStart + 86_400_000 + 3_600_000);
while (forgetExpiredViewRows(sqlite, nextDay) > 0);
sqlite.prepare('DELETE FROM live_readers').run(); // live rows last minutes
const kept = sizes();

const perMillion = (bytes: number) => `${(((bytes / counted) * 1e6) / 2 ** 20).toFixed(1)} MiB`;
console.log(`${counted.toLocaleString('en-US')} counted views in one day on ${stories} stories, recorded in ${seconds.toFixed(0)} s`);
console.log(`${'table'.padEnd(30)}${'rows'.padStart(11)}${'size'.padStart(11)}${'per 1M views'.padStart(15)}${'the day after'.padStart(16)}`);
let rollups = 0;
let raw = 0;
for (const table of tables) {
  const grown = after.get(table)!.bytes - before.get(table)!.bytes;
  const rows = after.get(table)!.rows - before.get(table)!.rows;
  const left = kept.get(table)!.rows - before.get(table)!.rows;
  if (perVisitor.has(table)) raw += grown;
  else rollups += grown;
  console.log(
    `${table.padEnd(30)}${rows.toLocaleString('en-US').padStart(11)}${`${(grown / 2 ** 20).toFixed(1)} MiB`.padStart(11)}${perMillion(grown).padStart(15)}${`${left.toLocaleString('en-US')} rows`.padStart(16)}`,
  );
}
console.log(
  `rollups, kept for good: ${perMillion(rollups)} per million views; per-visitor rows, gone the next day: ${perMillion(raw)} per million views`,
);
sqlite.close();
rmSync(dir, { recursive: true, force: true });
