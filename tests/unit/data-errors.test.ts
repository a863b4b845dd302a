import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { DataError, withDataErrors } from '@/db/errors';

const sqlite = new Database(':memory:');
sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE, n INTEGER CHECK (n >= 0))');

function codeOf(run: () => unknown): string | undefined {
  try {
    withDataErrors('test', run);
  } catch (error) {
    return error instanceof DataError ? error.code : `not a DataError: ${String(error)}`;
  }
  return undefined;
}

test('SQLite failures become one typed DataError a caller can branch on', () => {
  sqlite.prepare("INSERT INTO t (email, n) VALUES ('a@example.com', 1)").run();
  assert.equal(
    codeOf(() => sqlite.prepare("INSERT INTO t (email, n) VALUES ('a@example.com', 1)").run()),
    'conflict',
  );
  assert.equal(
    codeOf(() => sqlite.prepare("INSERT INTO t (email, n) VALUES ('b@example.com', -1)").run()),
    'constraint',
  );
  assert.equal(
    codeOf(() => 42),
    undefined,
  );
});

test('a write lock held elsewhere is "busy", and the SQLite error is kept as the cause', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-busy-'));
  const file = join(dir, 'busy.db');
  const holder = new Database(file);
  holder.exec('CREATE TABLE IF NOT EXISTS x (v); BEGIN IMMEDIATE; INSERT INTO x VALUES (1)');
  const waiter = new Database(file, { timeout: 0 });
  try {
    withDataErrors('write', () => waiter.exec('INSERT INTO x VALUES (2)'));
    assert.fail('expected busy');
  } catch (error) {
    assert.ok(error instanceof DataError);
    assert.equal(error.code, 'busy');
    assert.match(String((error.cause as { code?: string }).code), /^SQLITE_BUSY/);
  } finally {
    holder.exec('ROLLBACK');
    holder.close();
    waiter.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('programming errors are not dressed up as data errors', () => {
  assert.throws(
    () => withDataErrors('test', () => sqlite.prepare('SELECT nope FROM t').get()),
    (error: Error) => !(error instanceof DataError),
  );
  assert.throws(
    () =>
      withDataErrors('test', () => {
        throw new TypeError('bug');
      }),
    TypeError,
  );
});
