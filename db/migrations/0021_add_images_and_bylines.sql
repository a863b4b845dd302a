CREATE TABLE `article_authors` (
	`article_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`article_id`, `author_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_authors_author_idx` ON `article_authors` (`author_id`,`article_id`);--> statement-breakpoint
CREATE TABLE `images` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hash` text NOT NULL,
	`format` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`widths` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `images_hash_unique` ON `images` (`hash`);--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `author_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `lead_image_id` integer;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `lead_image_alt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `lead_image_caption` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `lead_image_credit` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `lead_image_id` integer REFERENCES images(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `lead_image_alt` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `lead_image_caption` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `lead_image_credit` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `staff_users` ADD `author_id` integer REFERENCES authors(id) ON DELETE SET NULL;--> statement-breakpoint
-- Every story had one byline: it becomes the first (and only) entry of its byline list.
INSERT INTO `article_authors` (`article_id`, `author_id`, `position`) SELECT `id`, `author_id`, 0 FROM `articles`;--> statement-breakpoint
UPDATE `article_revisions` SET `author_ids` = json_array(`author_id`);
