-- Until the newsroom could write stories, every story, author and tag came from the seed
-- (demo or synthetic corpus), so all existing ones are demo content.
UPDATE `articles` SET `is_demo` = 1;--> statement-breakpoint
UPDATE `authors` SET `is_demo` = 1;--> statement-breakpoint
UPDATE `tags` SET `is_demo` = 1;
