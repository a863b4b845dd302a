CREATE TABLE `article_view_visits` (
	`article_id` integer NOT NULL,
	`visitor_hash` text NOT NULL,
	`last_counted_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `visitor_hash`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_view_visits_last_counted_idx` ON `article_view_visits` (`last_counted_at`);--> statement-breakpoint
CREATE TABLE `view_rate_limits` (
	`client_key` text NOT NULL,
	`window_start` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`client_key`, `window_start`)
);
--> statement-breakpoint
CREATE INDEX `view_rate_limits_window_idx` ON `view_rate_limits` (`window_start`);--> statement-breakpoint
CREATE TABLE `visitor_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
