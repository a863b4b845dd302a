CREATE TABLE `article_daily_campaigns` (
	`article_id` integer NOT NULL,
	`day` text NOT NULL,
	`utm_source` text NOT NULL,
	`utm_campaign` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`, `utm_source`, `utm_campaign`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_daily_campaigns_day_key" CHECK("article_daily_campaigns"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `article_daily_campaigns_day_idx` ON `article_daily_campaigns` (`day`);--> statement-breakpoint
CREATE TABLE `article_daily_sources` (
	`article_id` integer NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`host` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`, `source`, `host`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_daily_sources_day_key" CHECK("article_daily_sources"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "article_daily_sources_group" CHECK("article_daily_sources"."source" IN ('search', 'social', 'other-sites', 'direct', 'internal'))
);
--> statement-breakpoint
CREATE TABLE `article_daily_staff_views` (
	`article_id` integer NOT NULL,
	`day` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_daily_staff_views_day_key" CHECK("article_daily_staff_views"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `article_daily_staff_views_day_idx` ON `article_daily_staff_views` (`day`);--> statement-breakpoint
CREATE TABLE `article_hourly_views` (
	`article_id` integer NOT NULL,
	`hour` integer NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `hour`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_hourly_views_whole_seconds" CHECK("article_hourly_views"."hour" % 60 = 0)
);
--> statement-breakpoint
CREATE INDEX `article_hourly_views_hour_idx` ON `article_hourly_views` (`hour`,`article_id`,`views`);--> statement-breakpoint
CREATE TABLE `live_readers` (
	`visitor_hash` text PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `live_readers_seen_idx` ON `live_readers` (`seen_at`,`article_id`);--> statement-breakpoint
CREATE TABLE `site_daily_sources` (
	`day` text NOT NULL,
	`source` text NOT NULL,
	`host` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `source`, `host`),
	CONSTRAINT "site_daily_sources_day_key" CHECK("site_daily_sources"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "site_daily_sources_group" CHECK("site_daily_sources"."source" IN ('search', 'social', 'other-sites', 'direct', 'internal'))
);
