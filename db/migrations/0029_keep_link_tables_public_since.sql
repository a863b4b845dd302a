-- Link tables keep their story's published_at while it is published (see publicSince in db/schema.ts).
CREATE TRIGGER `article_tags_public_since_after_insert` AFTER INSERT ON `article_tags` BEGIN
	UPDATE `article_tags` SET `public_since` = (SELECT CASE WHEN `status` = 'published' THEN `published_at` END FROM `articles` WHERE `id` = new.`article_id`)
	WHERE `article_id` = new.`article_id` AND `tag_id` = new.`tag_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `article_authors_public_since_after_insert` AFTER INSERT ON `article_authors` BEGIN
	UPDATE `article_authors` SET `public_since` = (SELECT CASE WHEN `status` = 'published' THEN `published_at` END FROM `articles` WHERE `id` = new.`article_id`)
	WHERE `article_id` = new.`article_id` AND `author_id` = new.`author_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_public_since_after_update` AFTER UPDATE OF `status`, `published_at` ON `articles` BEGIN
	UPDATE `article_tags` SET `public_since` = CASE WHEN new.`status` = 'published' THEN new.`published_at` END WHERE `article_id` = new.`id`;
	UPDATE `article_authors` SET `public_since` = CASE WHEN new.`status` = 'published' THEN new.`published_at` END WHERE `article_id` = new.`id`;
END;
--> statement-breakpoint
UPDATE `article_tags` SET `public_since` = (SELECT CASE WHEN `status` = 'published' THEN `published_at` END FROM `articles` WHERE `articles`.`id` = `article_tags`.`article_id`);
--> statement-breakpoint
UPDATE `article_authors` SET `public_since` = (SELECT CASE WHEN `status` = 'published' THEN `published_at` END FROM `articles` WHERE `articles`.`id` = `article_authors`.`article_id`);
