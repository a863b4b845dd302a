import { addDaysToDayKey, siteDayKey } from '@/lib/site-time';
import { siteUrl } from '@/lib/site-config';
import { slugify } from '@/lib/slug';
import type { BroadsheetDb } from '@/db/client';
import { demoAuthors, demoSections } from './corpus-people';
import { createRandom, generateArticles } from './generate-articles';
import { hourlyHistory, hourlyHistoryDays } from './seed-hours';
import { campaignHistory, sourceHistory, sourceHistoryDays } from './seed-sources';

export type SeedOptions = {
  articleCount: number;
  now?: Date;
  viewHistoryDays?: number;
  /** Also give every article a trickle of views on about half of the last N days (scale tests). */
  longTailDays?: number;
  /** Views on an article's first day are drawn from 20..this (decaying after). */
  firstDayViewsMax?: number;
};
export type SeedResult = { articles: number; dailyViewRows: number };

const dayMs = 86_400_000;

/**
 * Inserts sections, authors, tags and `articleCount` published articles, with a plausible
 * history of daily views (readership decays with age). Totals equal the sum of daily rows,
 * so every count shown anywhere agrees. Raw prepared statements in one transaction: the
 * 100k-article corpus would otherwise take minutes.
 */
export function seedCorpus(
  db: BroadsheetDb,
  { articleCount, now = new Date(), viewHistoryDays = 400, longTailDays = 0, firstDayViewsMax = 2400 }: SeedOptions,
): SeedResult {
  const sqlite = db.$client;
  const random = createRandom(7);
  const generated = generateArticles({ count: articleCount, now });
  let dailyViewRows = 0;

  sqlite.transaction(() => {
    const insertSection = sqlite.prepare(
      'INSERT INTO sections (slug, name, description, position) VALUES (?, ?, ?, ?) ON CONFLICT(slug) DO UPDATE SET name = excluded.name RETURNING id',
    );
    const sectionIds = new Map(
      demoSections.map((s, i) => [s.slug as string, (insertSection.get(s.slug, s.name, s.description, i) as { id: number }).id]),
    );
    const insertAuthor = sqlite.prepare(
      'INSERT INTO authors (slug, name, role, bio, is_demo) VALUES (?, ?, ?, ?, 1) ON CONFLICT(slug) DO UPDATE SET name = excluded.name RETURNING id',
    );
    const authorIds = new Map(demoAuthors.map((a) => [a.slug as string, (insertAuthor.get(a.slug, a.name, a.role, a.bio) as { id: number }).id]));
    const insertTag = sqlite.prepare(
      'INSERT INTO tags (slug, name, is_demo) VALUES (?, ?, 1) ON CONFLICT(slug) DO UPDATE SET name = excluded.name RETURNING id',
    );
    const tagIds = new Map<string, number>();
    const tagId = (name: string) => {
      let id = tagIds.get(name);
      if (id === undefined) {
        id = (insertTag.get(slugify(name), name) as { id: number }).id;
        tagIds.set(name, id);
      }
      return id;
    };

    const insertArticle = sqlite.prepare(
      `INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at, view_count, is_demo)
       VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, 1) RETURNING id`,
    );
    const insertByline = sqlite.prepare('INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)');
    const insertArticleTag = sqlite.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
    const insertDailyViews = sqlite.prepare('INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (?, ?, ?, ?)');
    const insertHourlyViews = sqlite.prepare('INSERT INTO article_hourly_views (article_id, hour, views) VALUES (?, ?, ?)');
    const insertSourceViews = sqlite.prepare('INSERT INTO article_daily_sources (article_id, day, source, host, views) VALUES (?, ?, ?, ?, ?)');
    const insertCampaignViews = sqlite.prepare(
      'INSERT INTO article_daily_campaigns (article_id, day, utm_source, utm_campaign, views) VALUES (?, ?, ?, ?, ?)',
    );
    const siteHost = siteUrl().host;

    for (const article of generated) {
      // Calendar days on the site's clock: elapsed milliseconds over 24 h miscount across a
      // daylight-saving change (a story out at 00:12 EDT in June was given a row for tomorrow
      // when the seed ran at 23:20 EST, and rankings summed up to today disagreed with the sum).
      const ageDays = (Date.parse(siteDayKey(now)) - Date.parse(siteDayKey(article.publishedAt))) / dayMs;
      const firstDayViews = random.int(Math.min(20, firstDayViewsMax), firstDayViewsMax);
      const history = new Map<string, [number, number]>();
      let total = 0;
      const firstDay = siteDayKey(article.publishedAt);
      const addViews = (day: string, views: number, visitors: number) => {
        const [v, u] = history.get(day) ?? [0, 0];
        history.set(day, [v + views, u + visitors]);
        total += views;
      };
      for (let d = 0; d <= Math.min(ageDays, viewHistoryDays); d++) {
        const views = Math.round(firstDayViews * Math.pow(0.55, d) + random.next() * 3);
        if (views === 0) continue;
        const visitors = Math.max(1, Math.round(views * (0.8 + random.next() * 0.15)));
        addViews(addDaysToDayKey(firstDay, d), views, visitors);
      }
      for (let d = 0; d < longTailDays && d <= ageDays; d++) {
        if (random.next() < 0.5) {
          const views = random.int(1, 6);
          addViews(addDaysToDayKey(siteDayKey(now), -d), views, views);
        }
      }
      const { id } = insertArticle.get(
        article.slug,
        article.headline,
        article.standfirst,
        article.body,
        sectionIds.get(article.sectionSlug),
        authorIds.get(article.authorSlugs[0]!),
        // Demo stories were written the moment they were published.
        Math.floor(article.publishedAt.getTime() / 1000),
        Math.floor(article.publishedAt.getTime() / 1000),
        Math.floor(article.updatedAt.getTime() / 1000),
        total,
      ) as { id: number };
      article.authorSlugs.forEach((slug, position) => insertByline.run(id, authorIds.get(slug), position));
      for (const name of article.tagNames) insertArticleTag.run(id, tagId(name));
      for (const [day, [views, visitors]] of history) insertDailyViews.run(id, day, views, visitors);
      dailyViewRows += history.size;
      const daily = new Map([...history].map(([day, [views]]) => [day, views]));
      if (ageDays <= hourlyHistoryDays) {
        for (const [hour, views] of hourlyHistory({ publishedAt: article.publishedAt, daily, now })) insertHourlyViews.run(id, hour, views);
      }
      if (ageDays <= sourceHistoryDays) {
        for (const row of sourceHistory({ articleId: id, daily, siteHost })) insertSourceViews.run(id, ...row);
        for (const row of campaignHistory({ articleId: id, firstDay, firstDayViews: daily.get(firstDay) ?? 0 })) insertCampaignViews.run(id, ...row);
      }
    }
    // Section and site totals for the seeded history (the live counter maintains them from here on).
    sqlite.exec(`INSERT INTO section_daily_views (section_id, day, views, visitors)
      SELECT a.section_id, v.day, sum(v.views), sum(v.visitors)
      FROM article_daily_views v JOIN articles a ON a.id = v.article_id GROUP BY a.section_id, v.day
      ON CONFLICT (section_id, day) DO UPDATE SET views = excluded.views, visitors = excluded.visitors`);
    sqlite.exec(`INSERT INTO site_daily_views (day, views, visitors)
      SELECT day, sum(views), sum(visitors) FROM article_daily_views GROUP BY day
      ON CONFLICT (day) DO UPDATE SET views = excluded.views, visitors = excluded.visitors`);
    sqlite.exec(`INSERT INTO site_daily_sources (day, source, host, views)
      SELECT day, source, host, sum(views) FROM article_daily_sources GROUP BY day, source, host
      ON CONFLICT (day, source, host) DO UPDATE SET views = excluded.views`);
    // Past days just changed, so every view span is wrong: the server builds new ones (db/view-spans/).
    sqlite.exec('DELETE FROM article_view_span_builds; DELETE FROM article_view_spans');
  })();

  return { articles: generated.length, dailyViewRows };
}
