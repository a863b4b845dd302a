CREATE TABLE `article_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`saved_by` integer,
	`saved_at` integer NOT NULL,
	`status` text NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`standfirst` text NOT NULL,
	`body` text NOT NULL,
	`section_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`tag_names` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`saved_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_revisions_article_version_unique` ON `article_revisions` (`article_id`,`version`);--> statement-breakpoint
ALTER TABLE `articles` ADD `created_by` integer REFERENCES staff_users(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `version` integer DEFAULT 1 NOT NULL;