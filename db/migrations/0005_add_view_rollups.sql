CREATE TABLE `section_daily_views` (
	`section_id` integer NOT NULL,
	`day` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`visitors` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`section_id`, `day`),
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `section_daily_views_day_idx` ON `section_daily_views` (`day`);--> statement-breakpoint
DROP INDEX `article_daily_views_day_idx`;--> statement-breakpoint
CREATE INDEX `article_daily_views_day_covering_idx` ON `article_daily_views` (`day`,`article_id`,`views`,`visitors`);