-- Section totals for days counted before section_daily_views existed.
INSERT INTO section_daily_views (section_id, day, views, visitors)
SELECT a.section_id, v.day, sum(v.views), sum(v.visitors)
FROM article_daily_views v JOIN articles a ON a.id = v.article_id
GROUP BY a.section_id, v.day
ON CONFLICT (section_id, day) DO NOTHING;
