-- Site totals for days counted before site_daily_views existed: the sum of the per-article rows
-- (visitors summed per article, the closest figure those rows can give).
INSERT INTO site_daily_views (day, views, visitors)
SELECT day, sum(views), sum(visitors) FROM article_daily_views GROUP BY day
ON CONFLICT (day) DO NOTHING;
