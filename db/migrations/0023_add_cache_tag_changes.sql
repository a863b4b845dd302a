CREATE TABLE `cache_tag_changes` (
	`tag` text PRIMARY KEY NOT NULL,
	`stale_since` integer NOT NULL,
	`expired_since` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cache_tag_changes_stale_idx` ON `cache_tag_changes` (`stale_since`);