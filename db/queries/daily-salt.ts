import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

type SaltStatements = {
  insert: Database.Statement<[string, string]>;
  select: Database.Statement<[string], { salt: string }>;
  current: { day: string; value: string };
};
const byConnection = new WeakMap<Database.Database, SaltStatements>();

/**
 * The day's random salt, shared by every process on this database file (first writer wins)
 * and remembered per connection, so the hot path reads it once a day. Visitor tokens and
 * client addresses are stored only as hashes under it. The first use of a new day deletes the
 * older salts (so does the server's minute timer, db/maintenance.ts, for a quiet night), which
 * makes yesterday's hashes unlinkable to anything from the moment the day ends.
 */
export function saltForDay(sqlite: Database.Database, day: string): string {
  let statements = byConnection.get(sqlite);
  if (!statements) {
    statements = {
      insert: sqlite.prepare('INSERT OR IGNORE INTO visitor_salts (day, salt) VALUES (?, ?)'),
      select: sqlite.prepare('SELECT salt FROM visitor_salts WHERE day = ?'),
      current: { day: '', value: '' },
    };
    byConnection.set(sqlite, statements);
  }
  if (statements.current.day !== day) {
    statements.insert.run(day, randomBytes(16).toString('hex'));
    forgetSaltsBefore(sqlite, day);
    statements.current = { day, value: statements.select.get(day)!.salt };
  }
  return statements.current.value;
}

/** A client address as stored: hashed under the day's salt (a NUL never occurs in visitor tokens, so it never equals a visitor hash). */
export function addressHashOf(salt: string, address: string): string {
  return createHash('sha256').update(salt).update('address\0').update(address).digest('base64url');
}

/** Deletes every salt older than `today` (the server's minute timer, for nights without a view). */
export function forgetSaltsBefore(sqlite: Database.Database, today: string): number {
  return sqlite.prepare('DELETE FROM visitor_salts WHERE day < ?').run(today).changes;
}
