DROP INDEX `articles_public_by_id_idx`;--> statement-breakpoint
CREATE INDEX `articles_public_by_id_idx` ON `articles` (`id`,`status`,`published_at`,`section_id`);