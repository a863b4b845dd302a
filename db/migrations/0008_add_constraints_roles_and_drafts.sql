-- Stories may now be drafts without a publication time; every story records when it was
-- created (for existing stories: first published); status, roles and day keys are checked.
-- Existing staff accounts were all-powerful, so they become admins. Table rebuilds need
-- foreign keys off, which db/migrate.ts does around the whole run (a PRAGMA is a no-op inside
-- the migrator's transaction).
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`standfirst` text NOT NULL,
	`body` text NOT NULL,
	`section_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`view_count` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `authors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "articles_status_known" CHECK("__new_articles"."status" IN ('draft', 'in_review', 'published', 'unpublished')),
	CONSTRAINT "articles_published_has_time" CHECK("__new_articles"."status" NOT IN ('published', 'unpublished') OR "__new_articles"."published_at" IS NOT NULL),
	CONSTRAINT "articles_view_count_not_negative" CHECK("__new_articles"."view_count" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_articles`("id", "slug", "headline", "standfirst", "body", "section_id", "author_id", "status", "published_at", "created_at", "updated_at", "view_count") SELECT "id", "slug", "headline", "standfirst", "body", "section_id", "author_id", "status", "published_at", coalesce("published_at", "updated_at"), "updated_at", "view_count" FROM `articles`;--> statement-breakpoint
DROP TABLE `articles`;--> statement-breakpoint
ALTER TABLE `__new_articles` RENAME TO `articles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE INDEX `articles_status_published_idx` ON `articles` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_section_published_idx` ON `articles` (`section_id`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `articles_author_published_idx` ON `articles` (`author_id`,`status`,`published_at`);--> statement-breakpoint
-- Dropping the old table dropped its search triggers; the index itself (keyed by the same ids) stays valid.
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO articles_fts (rowid, headline, standfirst, body) VALUES (new.id, new.headline, new.standfirst, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles` BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body) VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF headline, standfirst, body ON `articles` BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body) VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
	INSERT INTO articles_fts (rowid, headline, standfirst, body) VALUES (new.id, new.headline, new.standfirst, new.body);
END;
--> statement-breakpoint
CREATE TABLE `__new_staff_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'writer' NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "staff_users_role_known" CHECK("__new_staff_users"."role" IN ('admin', 'editor', 'writer'))
);
--> statement-breakpoint
INSERT INTO `__new_staff_users`("id", "email", "password_hash", "role", "created_at") SELECT "id", "email", "password_hash", 'admin', "created_at" FROM `staff_users`;--> statement-breakpoint
DROP TABLE `staff_users`;--> statement-breakpoint
ALTER TABLE `__new_staff_users` RENAME TO `staff_users`;--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_email_unique` ON `staff_users` (`email`);--> statement-breakpoint
CREATE TABLE `__new_article_daily_views` (
	`article_id` integer NOT NULL,
	`day` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`visitors` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `day`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "article_daily_views_day_key" CHECK("__new_article_daily_views"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_article_daily_views`("article_id", "day", "views", "visitors") SELECT "article_id", "day", "views", "visitors" FROM `article_daily_views`;--> statement-breakpoint
DROP TABLE `article_daily_views`;--> statement-breakpoint
ALTER TABLE `__new_article_daily_views` RENAME TO `article_daily_views`;--> statement-breakpoint
CREATE INDEX `article_daily_views_day_covering_idx` ON `article_daily_views` (`day`,`article_id`,`views`,`visitors`);--> statement-breakpoint
CREATE TABLE `__new_section_daily_views` (
	`section_id` integer NOT NULL,
	`day` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`visitors` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`section_id`, `day`),
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "section_daily_views_day_key" CHECK("__new_section_daily_views"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_section_daily_views`("section_id", "day", "views", "visitors") SELECT "section_id", "day", "views", "visitors" FROM `section_daily_views`;--> statement-breakpoint
DROP TABLE `section_daily_views`;--> statement-breakpoint
ALTER TABLE `__new_section_daily_views` RENAME TO `section_daily_views`;--> statement-breakpoint
CREATE INDEX `section_daily_views_day_idx` ON `section_daily_views` (`day`);--> statement-breakpoint
CREATE TABLE `__new_site_daily_views` (
	`day` text PRIMARY KEY NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`visitors` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "site_daily_views_day_key" CHECK("__new_site_daily_views"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_site_daily_views`("day", "views", "visitors") SELECT "day", "views", "visitors" FROM `site_daily_views`;--> statement-breakpoint
DROP TABLE `site_daily_views`;--> statement-breakpoint
ALTER TABLE `__new_site_daily_views` RENAME TO `site_daily_views`;--> statement-breakpoint
CREATE TABLE `__new_site_daily_visitors` (
	`day` text NOT NULL,
	`visitor_hash` text NOT NULL,
	PRIMARY KEY(`day`, `visitor_hash`),
	CONSTRAINT "site_daily_visitors_day_key" CHECK("__new_site_daily_visitors"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_site_daily_visitors`("day", "visitor_hash") SELECT "day", "visitor_hash" FROM `site_daily_visitors`;--> statement-breakpoint
DROP TABLE `site_daily_visitors`;--> statement-breakpoint
ALTER TABLE `__new_site_daily_visitors` RENAME TO `site_daily_visitors`;--> statement-breakpoint
CREATE TABLE `__new_visitor_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL,
	CONSTRAINT "visitor_salts_day_key" CHECK("__new_visitor_salts"."day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
INSERT INTO `__new_visitor_salts`("day", "salt") SELECT "day", "salt" FROM `visitor_salts`;--> statement-breakpoint
DROP TABLE `visitor_salts`;--> statement-breakpoint
ALTER TABLE `__new_visitor_salts` RENAME TO `visitor_salts`;