ALTER TABLE `article_authors` ADD `public_since` integer;--> statement-breakpoint
CREATE INDEX `article_authors_public_idx` ON `article_authors` (`author_id`,`public_since`,`article_id`);--> statement-breakpoint
ALTER TABLE `article_tags` ADD `public_since` integer;--> statement-breakpoint
CREATE INDEX `article_tags_public_idx` ON `article_tags` (`tag_id`,`public_since`,`article_id`);