import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openTempDatabase } from './support/temp-database';

// Not in rolled-back savepoints: the health check takes the write lock, as it does in the server.
const db = await openTempDatabase({ seedArticles: 2 });
const { readDatabaseHealth } = await import('@/db/queries/database-health');
const { noteWriteFailure, noteWriteSuccess } = await import('@/db/write-health');
const { DataError } = await import('@/db/errors');
const sqlite = db.$client;

test('a migrated database that takes writes is healthy, with its schema, log size and last view', () => {
  sqlite.exec("INSERT OR REPLACE INTO article_view_visits (article_id, visitor_hash, last_counted_at) VALUES (1, 'h', 1800000000)");
  const health = readDatabaseHealth();
  assert.equal(health.healthy, true);
  assert.equal(health.writable, true);
  assert.equal(health.migrations.current, true);
  assert.equal(health.migrations.applied, health.migrations.known);
  assert.equal(health.lastViewRecordedAt, '2027-01-15T08:00:00.000Z');
  assert.equal(typeof health.walBytes, 'number');
  assert.equal(health.writeFailure, null);
});

test('a write that failed (a full disk) makes it unhealthy until a write succeeds again', () => {
  const writeStderr = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    noteWriteFailure('record article view', new DataError('unavailable', 'record article view: unavailable (SQLITE_FULL)'));
  } finally {
    process.stderr.write = writeStderr;
  }
  const failing = readDatabaseHealth();
  assert.equal(failing.healthy, false);
  assert.equal(failing.writable, false);
  assert.equal(failing.writeFailure?.code, 'unavailable');
  noteWriteSuccess();
  assert.equal(readDatabaseHealth().healthy, true);
});

test('a database behind the code (a migration missing) is unhealthy', () => {
  const newest = sqlite.prepare('SELECT rowid, id, hash, created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as {
    rowid: number;
    id: number | null;
    hash: string;
    created_at: number;
  };
  sqlite.prepare('DELETE FROM __drizzle_migrations WHERE rowid = ?').run(newest.rowid);
  try {
    const health = readDatabaseHealth();
    assert.equal(health.healthy, false);
    assert.equal(health.migrations.current, false);
    assert.equal(health.migrations.applied, health.migrations.known - 1);
  } finally {
    sqlite.prepare('INSERT INTO __drizzle_migrations (id, hash, created_at) VALUES (?, ?, ?)').run(newest.id, newest.hash, newest.created_at);
  }
});
