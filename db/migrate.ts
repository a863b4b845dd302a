import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { join } from 'node:path';
import type { BroadsheetDb } from './client';

export const migrationsFolder = join(process.cwd(), 'db', 'migrations');

export function runMigrations(db: BroadsheetDb): void {
  migrate(db, { migrationsFolder });
}
