ALTER TABLE `articles` ADD `is_demo` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `authors` ADD `is_demo` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `tags` ADD `is_demo` integer DEFAULT false NOT NULL;