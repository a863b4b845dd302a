import 'server-only';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Pages and reads cached on disk (.next) outlive the server that wrote them, and used to be
 * served after DATABASE_PATH pointed at another database or a backup was restored. Each server
 * now leaves a marker, `{ databaseId, validSince }`, beside the cache: when it starts on a
 * database with another id (database_identity), everything cached before that moment is
 * ignored (lib/page-cache-handler.mjs reads the moment from globalThis) and rendered anew.
 */
export type CacheMarker = { databaseId: string; validSince: number };

const validSinceKey = Symbol.for('broadsheet.cache-valid-since');
const databaseIdKey = Symbol.for('broadsheet.database-id');
const store = globalThis as Record<symbol, unknown>;

/** This server's database id, part of every cached read's key: two databases never share a read. */
export function boundDatabaseId(): string {
  return (store[databaseIdKey] as string | undefined) ?? '';
}

export function nextCacheMarker(previous: CacheMarker | null, databaseId: string, now: number): CacheMarker {
  return previous?.databaseId === databaseId ? previous : { databaseId, validSince: now };
}

function readMarker(file: string): CacheMarker | null {
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheMarker>;
    return typeof marker.databaseId === 'string' && typeof marker.validSince === 'number' ? (marker as CacheMarker) : null;
  } catch {
    return null; // none yet, or unreadable: treat the cache as another database's
  }
}

export function bindCacheToDatabase(
  sqlite: Database.Database,
  { cacheDir = join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'cache'), now = Date.now() }: { cacheDir?: string; now?: number } = {},
): CacheMarker {
  const databaseId = sqlite.prepare('SELECT uid FROM database_identity WHERE id = 1').pluck().get() as string;
  const file = join(cacheDir, 'broadsheet-database.json');
  const previous = readMarker(file);
  const marker = nextCacheMarker(previous, databaseId, now);
  if (marker !== previous) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(file, JSON.stringify(marker));
  }
  store[validSinceKey] = marker.validSince;
  store[databaseIdKey] = databaseId;
  return marker;
}
