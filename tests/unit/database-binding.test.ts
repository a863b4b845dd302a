import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '@/db/client';
import { bindCacheToDatabase } from '@/db/cache/database-binding';
import { runMigrations } from '@/db/migrate';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-binding-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const cacheDir = join(dir, 'cache');

function migrated(name: string) {
  const db = openDatabase(join(dir, `${name}.db`));
  runMigrations(db);
  return db.$client;
}

test('every database gets its own id, and the cache is valid only from the moment a server bound it to that id', () => {
  const first = migrated('first');
  const second = migrated('second');
  const idOf = (sqlite: typeof first) => sqlite.prepare('SELECT uid FROM database_identity').pluck().get() as string;
  assert.match(idOf(first), /^[0-9a-f]{32}$/);
  assert.notEqual(idOf(first), idOf(second));

  assert.deepEqual(bindCacheToDatabase(first, { cacheDir, now: 1000 }), { databaseId: idOf(first), validSince: 1000 });
  // A restart on the same database keeps what it cached before.
  assert.equal(bindCacheToDatabase(first, { cacheDir, now: 2000 }).validSince, 1000);
  assert.equal((globalThis as Record<symbol, unknown>)[Symbol.for('broadsheet.cache-valid-since')], 1000);
  // Another database: nothing cached before now is served; and switching back does not revive it.
  assert.equal(bindCacheToDatabase(second, { cacheDir, now: 3000 }).validSince, 3000);
  assert.equal(bindCacheToDatabase(first, { cacheDir, now: 4000 }).validSince, 4000);
  first.close();
  second.close();
});
