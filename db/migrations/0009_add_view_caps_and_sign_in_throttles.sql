CREATE TABLE `article_address_daily_views` (
	`day` text NOT NULL,
	`article_id` integer NOT NULL,
	`address_hash` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `article_id`, `address_hash`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_address_daily_views_day_key" CHECK("article_address_daily_views"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE TABLE `sign_in_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_start` integer NOT NULL,
	`last_failure_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_throttles_last_failure_idx` ON `sign_in_throttles` (`last_failure_at`);--> statement-breakpoint
DROP TABLE `sign_in_failures`;--> statement-breakpoint
ALTER TABLE `staff_sessions` ADD `last_seen_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Sessions that exist at upgrade count as last seen when they began, so nobody is signed out by the upgrade alone.
UPDATE `staff_sessions` SET `last_seen_at` = `created_at`;