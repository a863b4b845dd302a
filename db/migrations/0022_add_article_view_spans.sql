CREATE TABLE `article_view_span_builds` (
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`articles` integer NOT NULL,
	`built_at` integer NOT NULL,
	PRIMARY KEY(`first_day`, `last_day`),
	CONSTRAINT "article_view_span_builds_days" CHECK("article_view_span_builds"."first_day" <= "article_view_span_builds"."last_day")
);
--> statement-breakpoint
CREATE TABLE `article_view_spans` (
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`article_id` integer NOT NULL,
	`views` integer NOT NULL,
	`visitors` integer NOT NULL,
	PRIMARY KEY(`first_day`, `last_day`, `article_id`)
);
--> statement-breakpoint
CREATE INDEX `article_view_spans_rank_idx` ON `article_view_spans` (`first_day`,`last_day`,"views" DESC,`article_id`,`visitors`);