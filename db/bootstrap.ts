import { getDb } from './client';
import { runMigrations } from './migrate';
import { seedDemoContentIfEmpty } from './seed/seed-demo';

/** Brings the database to the current schema and fills an empty one with demo content. */
export function bootstrapDatabase(): void {
  const db = getDb();
  runMigrations(db);
  const seeded = seedDemoContentIfEmpty(db);
  if (seeded) console.log(`[broadsheet] seeded ${seeded.articles} demo articles`);
}
