DROP INDEX `article_daily_views_day_covering_idx`;--> statement-breakpoint
CREATE INDEX `article_daily_views_day_covering_idx` ON `article_daily_views` (`day`,"views" DESC,`article_id`,`visitors`);