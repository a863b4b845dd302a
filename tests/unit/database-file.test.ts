import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, test } from 'node:test';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDatabase, type BroadsheetDb } from '@/db/client';
import { broadsheetApplicationId, DatabaseFileError } from '@/db/database-file';
import { migrationsFolder, runMigrations } from '@/db/migrate';
import { seedCorpus } from '@/db/seed/seed-corpus';
import { checkDatabaseAtStart } from '@/db/start-checks';
import * as schema from '@/db/schema';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-database-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const env = process.env as Record<string, string | undefined>;
const savedEnv = { NODE_ENV: env.NODE_ENV, DATABASE_INIT: env.DATABASE_INIT };
afterEach(() => Object.assign(env, savedEnv));

function migratedDatabase(name: string, articles = 0): { db: BroadsheetDb; path: string } {
  const path = join(dir, `${name}.db`);
  const db = openDatabase(path);
  runMigrations(db);
  if (articles > 0) seedCorpus(db, { articleCount: articles });
  return { db, path };
}

test("another application's SQLite file is refused and left exactly as it was", () => {
  const path = join(dir, 'contacts.db');
  const other = new Database(path);
  other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
  other.close();
  const before = readFileSync(path);

  assert.throws(
    () => openDatabase(path),
    (error: Error) => error instanceof DatabaseFileError && /is not a Broadsheet database \(it has 1 other tables: contacts\)/.test(error.message),
  );
  assert.deepEqual(readFileSync(path), before, 'not switched to WAL, no tables added');
  assert.equal(existsSync(`${path}-wal`), false);
});

test('a file marked with another application_id is refused', () => {
  const path = join(dir, 'marked.db');
  const other = new Database(path);
  other.pragma('application_id = 1234');
  other.exec('CREATE TABLE things (id INTEGER)');
  other.close();
  assert.throws(() => openDatabase(path), /belongs to another application \(application_id 1234\)/);
});

test('a new database is marked as Broadsheet, and one made before the mark is adopted', () => {
  const { db, path } = migratedDatabase('marked-new');
  assert.equal(db.$client.pragma('application_id', { simple: true }), broadsheetApplicationId);
  db.$client.pragma('application_id = 0'); // as every database was before the mark
  db.$client.close();
  const reopened = openDatabase(path);
  assert.equal(reopened.$client.pragma('application_id', { simple: true }), broadsheetApplicationId);
  reopened.$client.close();
});

test('in production a missing database is not created unless DATABASE_INIT asks for one, and a creation is announced', () => {
  env.NODE_ENV = 'production';
  delete env.DATABASE_INIT;
  const mistyped = join(dir, 'no-such-folder', 'broadsheet.db');
  assert.throws(() => openDatabase(mistyped), /no database at .*no-such-folder\/broadsheet\.db; set DATABASE_INIT=empty/);
  assert.equal(existsSync(join(dir, 'no-such-folder')), false, 'no folder made either');

  env.DATABASE_INIT = 'empty';
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    openDatabase(mistyped).$client.close();
  } finally {
    console.log = log;
  }
  assert.deepEqual(lines, [`[broadsheet] creating a new database at ${mistyped}`]);
});

test('a database migrated by newer code is refused instead of served with an unknown schema', () => {
  const { db } = migratedDatabase('newer');
  db.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 86_400_000 * 365);
  assert.throws(() => runMigrations(db, migrationsFolder), /was migrated by a newer Broadsheet \(\d+ migrations applied, this code knows \d+\)/);
  db.$client.close();
});

test('a database whose migration history was dropped is refused instead of migrated again', () => {
  const { db, path } = migratedDatabase('dropped-history');
  db.$client.exec('DROP TABLE __drizzle_migrations');
  assert.throws(() => runMigrations(db), /has Broadsheet's tables but no migration history/);
  db.$client.pragma('application_id = 0');
  db.$client.close();
  assert.throws(() => openDatabase(path), /no migration history/, 'the same once the mark is gone too');
});

test('a damaged file fails the start checks with one line naming it', () => {
  const { db, path } = migratedDatabase('damaged', 30);
  const rootPage = db.$client.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'article_daily_views'").pluck().get() as number;
  const pageSize = db.$client.pragma('page_size', { simple: true }) as number;
  db.$client.close(); // folds the log into the file
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, (rootPage - 1) * pageSize);
  closeSync(fd);

  const reopened = openDatabase(path);
  assert.throws(
    () => checkDatabaseAtStart(reopened),
    (error: Error) => error instanceof DatabaseFileError && /damaged\.db is damaged \(quick_check: [^\n]+\); restore a backup/.test(error.message),
  );
  reopened.$client.close();
});

test('a database that cannot be written fails the start checks (the write probe)', () => {
  const { db, path } = migratedDatabase('read-only');
  assert.doesNotThrow(() => checkDatabaseAtStart(db));
  assert.equal(db.$client.pragma('user_version', { simple: true }), db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get());
  db.$client.close();
  // Root ignores file permissions, so the read-only case is SQLite's own read-only open.
  const readOnly = drizzle({ client: new Database(path, { readonly: true }), schema });
  assert.throws(() => checkDatabaseAtStart(readOnly), /read-only\.db cannot be written \(SQLITE_READONLY\); check the permissions/);
  readOnly.$client.close();
});
