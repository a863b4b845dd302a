CREATE TABLE `database_identity` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	CONSTRAINT "database_identity_one_row" CHECK("database_identity"."id" = 1)
);
