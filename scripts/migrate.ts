import { databasePath, openDatabase } from '@/db/client';
import { demoContentRequested } from '@/db/database-file';
import { runMigrations } from '@/db/migrate';
import { attachDemoPictures } from '@/db/seed/attach-demo-pictures';
import { seedDemoContentIfNeverUsed } from '@/db/seed/seed-demo';

try {
  const db = openDatabase();
  runMigrations(db);
  console.log(`migrated ${databasePath()}`);
  const seeded = demoContentRequested() ? seedDemoContentIfNeverUsed(db) : null;
  if (seeded) console.log(`seeded ${seeded.articles} demo articles`);
  if (demoContentRequested()) console.log(`gave ${await attachDemoPictures(db)} demo stories pictures`);
  db.$client.close();
} catch (error) {
  console.error('migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
