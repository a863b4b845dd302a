-- Full-text search over headline, standfirst and body (SQLite FTS5, built into better-sqlite3).
-- External-content table: the text lives once, in articles; triggers keep the index in step.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	headline, standfirst, body,
	content='articles', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
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
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
