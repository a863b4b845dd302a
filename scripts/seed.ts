import { parseArgs } from 'node:util';
import { databasePath, openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { attachDemoPictures } from '@/db/seed/attach-demo-pictures';
import { seedCorpus } from '@/db/seed/seed-corpus';

// Usage: npm run db:seed -- --articles 100000 [--reset]
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '120' }, reset: { type: 'boolean', default: false } },
});
const articleCount = Number(values.articles);
if (!Number.isInteger(articleCount) || articleCount < 1 || articleCount > 5_000_000) {
  console.error('--articles must be a whole number between 1 and 5000000');
  process.exit(2);
}

const db = openDatabase();
runMigrations(db);
const sqlite = db.$client;
const existing = (sqlite.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
if (existing > 0 && !values.reset) {
  console.error(`${databasePath()} already has ${existing} articles; pass --reset to replace them`);
  process.exit(1);
}
if (values.reset) {
  sqlite.exec(
    'DELETE FROM site_daily_views; DELETE FROM section_daily_views; DELETE FROM site_daily_visitors; DELETE FROM article_view_visits; DELETE FROM article_daily_views; DELETE FROM article_tags; DELETE FROM article_authors; DELETE FROM articles; DELETE FROM tags;',
  );
}
const started = performance.now();
const large = articleCount > 10_000;
// A large corpus gets a short decay history plus a 30-day long tail on every article: the
// shape that makes "top stories over 30 days" scan the most rows.
const result = seedCorpus(db, { articleCount, viewHistoryDays: large ? 14 : 400, longTailDays: large ? 30 : 0, firstDayViewsMax: large ? 60 : 2400 });
const pictured = await attachDemoPictures(db);
const totalViews = (sqlite.prepare('SELECT sum(view_count) AS n FROM articles').get() as { n: number }).n;
sqlite.pragma('optimize');
console.log(
  `seeded ${result.articles} articles (${pictured} with pictures), ${totalViews} views in ${result.dailyViewRows} daily rows, into ${databasePath()} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
sqlite.close();
