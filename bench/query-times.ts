// Times the data-layer queries behind each page against whatever DATABASE_PATH holds (use the
// 100k-article corpus: npm run db:seed -- --articles 100000). Median of 7 runs, in ms.
// Run: node --conditions=react-server --import tsx bench/query-times.ts
import {
  getArticleBySlug,
  getRelatedArticles,
  getSectionArticlesPage,
  getTagArticlesPage,
  listLatestArticles,
  listLatestArticlesInSection,
} from '@/db/queries/articles';
import { getMostReadArticles } from '@/db/queries/most-read';
import { getArticleReadership, getSectionBreakdown, getSiteDailySeries, getSiteTotals, getTopArticles } from '@/db/queries/staff-analytics';
import { getDb } from '@/db/client';
import { refreshViewSpans } from '@/db/view-spans/span-builder.mjs';
import { wantedViewSpans } from '@/db/view-spans/ranked-windows';
import { dashboardReports } from '@/lib/server/staff-reports/dashboard-reports';
import { siteDayKeyDaysAgo } from '@/lib/site-time';
import { parseStaffView } from '@/lib/staff-period';

const sqlite = getDb().$client;
const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const views = (sqlite.prepare('SELECT coalesce(sum(view_count), 0) AS n FROM articles').get() as { n: number }).n;
console.log(`corpus: ${count('articles')} articles, ${views} views, ${count('article_daily_views')} daily rows`);

// Outside a Next.js server the cached reads, and the reads meant for the read worker, run in
// this thread, so the time is the query's own.
async function time(label: string, run: () => unknown) {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)}${samples[3]!.toFixed(2).padStart(10)} ms`);
}

const slug = (
  sqlite.prepare("SELECT slug FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1 OFFSET 5").get() as { slug: string }
).slug;
const sectionId = (sqlite.prepare('SELECT id FROM sections LIMIT 1').get() as { id: number }).id;
const tagId = (sqlite.prepare('SELECT tag_id AS id FROM article_tags GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1').get() as { id: number }).id;
const article = (await getArticleBySlug({ slug }))!;

console.log('\nreader pages');
await time('latest 9 (front page)', () => listLatestArticles({ limit: 9 }));
await time('6 section blocks (front page)', () => {
  for (let s = 1; s <= 6; s++) listLatestArticlesInSection({ sectionId: s, limit: 4 });
});
await time('most read, today+yesterday', () => getMostReadArticles({ period: 'day' }));
await time('most read, 7 days', () => getMostReadArticles({ period: 'week' }));
await time('article by slug', () => getArticleBySlug({ slug: slug + '' }));
await time('read next', () => getRelatedArticles({ article }));
await time('section page 1', () => getSectionArticlesPage({ sectionId, page: 1 }));
await time('section page 500', () => getSectionArticlesPage({ sectionId, page: 500 }));
await time('biggest tag page 1', () => getTagArticlesPage({ tagId, page: 1 }));

console.log('\nstaff dashboard');
for (const days of [1, 7, 30, 90]) {
  const sinceDay = siteDayKeyDaysAgo(days - 1);
  await time(`site totals, ${days} d`, () => getSiteTotals({ sinceDay, untilDay: siteDayKeyDaysAgo(0) }));
  await time(`top 25 stories, ${days} d`, () => getTopArticles({ sinceDay }));
  await time(`section breakdown, ${days} d`, () => getSectionBreakdown({ sinceDay, untilDay: siteDayKeyDaysAgo(0) }));
}

// What a server does within a minute of starting and of midnight (db/view-spans/): the same
// rankings then read a span of each window's finished days plus today's rows.
sqlite.exec('DELETE FROM article_view_span_builds; DELETE FROM article_view_spans');
const buildStarted = performance.now();
refreshViewSpans(sqlite, wantedViewSpans());
const spanRows = count('article_view_spans');
console.log(
  `\nday's view spans built in ${(performance.now() - buildStarted).toFixed(0)} ms (${spanRows} rows; the server builds them on a worker thread)`,
);
for (const days of [1, 7, 30, 90]) {
  const sinceDay = siteDayKeyDaysAgo(days - 1);
  await time(`top 25 stories, ${days} d, with spans`, () => getTopArticles({ sinceDay }));
}
await time('most read, today+yesterday, with spans', () => getMostReadArticles({ period: 'day' }));
await time('most read, 7 days, with spans', () => getMostReadArticles({ period: 'week' }));
await time('daily chart, 90 d', () => getSiteDailySeries({ sinceDay: siteDayKeyDaysAgo(89), untilDay: siteDayKeyDaysAgo(0) }));
await time('one story since publication', () => getArticleReadership({ id: article.id }));

console.log('\nstaff dashboard reports, 90 days against the 90 before (with spans)');
const comparedView = parseStaffView({ period: '90d', compare: 'previous' })!;
for (const name of Object.keys(dashboardReports) as (keyof typeof dashboardReports)[]) {
  await time(name, () => dashboardReports[name](comparedView));
}
await time('most read in one section, 7 days, with spans', () => getMostReadArticles({ period: 'week', sectionId }));
