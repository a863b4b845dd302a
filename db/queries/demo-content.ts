import 'server-only';
import type { BroadsheetDb } from '@/db/client';

export type DemoRemoval = { articles: number; authors: number; tags: number };

/**
 * Deletes the stories the seed made (`is_demo`), with their view history, and the demo authors
 * and tags no remaining story uses. Stories the newsroom wrote keep everything, including their
 * views; section and site totals lose exactly the demo stories' share. Sections stay: they are
 * the site's navigation, and real stories are filed under them.
 */
export function removeDemoContent(db: BroadsheetDb): DemoRemoval {
  const sqlite = db.$client;
  const demoShare = (groupColumn: string) => `SELECT ${groupColumn} AS key, v.day AS day, sum(v.views) AS views, sum(v.visitors) AS visitors
    FROM article_daily_views v JOIN articles a ON a.id = v.article_id WHERE a.is_demo = 1 GROUP BY ${groupColumn}, v.day`;
  return sqlite
    .transaction((): DemoRemoval => {
      sqlite.exec(`UPDATE section_daily_views SET views = max(0, section_daily_views.views - d.views), visitors = max(0, section_daily_views.visitors - d.visitors)
      FROM (${demoShare('a.section_id')}) d WHERE section_daily_views.section_id = d.key AND section_daily_views.day = d.day`);
      sqlite.exec(`UPDATE site_daily_views SET views = max(0, site_daily_views.views - d.views), visitors = max(0, site_daily_views.visitors - d.visitors)
      FROM (${demoShare("'site'")}) d WHERE site_daily_views.day = d.day`);
      sqlite.exec(`UPDATE site_daily_sources SET views = max(0, site_daily_sources.views - d.views)
      FROM (SELECT s.day, s.source, s.host, sum(s.views) AS views FROM article_daily_sources s JOIN articles a ON a.id = s.article_id
            WHERE a.is_demo = 1 GROUP BY s.day, s.source, s.host) d
      WHERE site_daily_sources.day = d.day AND site_daily_sources.source = d.source AND site_daily_sources.host = d.host`);
      sqlite.exec(
        'DELETE FROM section_daily_views WHERE views = 0; DELETE FROM site_daily_views WHERE views = 0; DELETE FROM site_daily_sources WHERE views = 0',
      );
      // Tag links, daily and hourly views, sources, dedupe and per-address rows go with their story (ON DELETE CASCADE).
      const articles = sqlite.prepare('DELETE FROM articles WHERE is_demo = 1').run().changes;
      const authors = sqlite
        .prepare(
          `DELETE FROM authors WHERE is_demo = 1 AND NOT EXISTS (SELECT 1 FROM articles WHERE author_id = authors.id)
           AND NOT EXISTS (SELECT 1 FROM article_authors WHERE author_id = authors.id)
           AND NOT EXISTS (SELECT 1 FROM staff_users WHERE author_id = authors.id)`,
        )
        .run().changes;
      const tags = sqlite
        .prepare('DELETE FROM tags WHERE is_demo = 1 AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = tags.id)')
        .run().changes;
      // The drawn demo pictures' rows; their files are content-named and harmless if left behind.
      sqlite.exec('DELETE FROM images WHERE is_demo = 1 AND NOT EXISTS (SELECT 1 FROM articles WHERE lead_image_id = images.id)');
      return { articles, authors, tags };
    })
    .immediate();
}
