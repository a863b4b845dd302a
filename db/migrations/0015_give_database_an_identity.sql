-- Every database, old or new, gets its own random id (a restore replaces it, see db/backup.ts).
INSERT INTO `database_identity` (`id`, `uid`) VALUES (1, lower(hex(randomblob(16))));
