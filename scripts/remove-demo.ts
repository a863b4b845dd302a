// npm run demo:remove: deletes the demo stories (and demo authors and tags left without one),
// keeping every story the newsroom wrote and its views.
import { databasePath, openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { removeDemoContent } from '@/db/queries/demo-content';

try {
  const db = openDatabase();
  runMigrations(db);
  const removed = removeDemoContent(db);
  db.$client.close();
  console.log(`removed ${removed.articles} demo stories, ${removed.authors} demo authors and ${removed.tags} demo tags from ${databasePath()}`);
  if (removed.articles > 0) console.log('A running server shows the change as its cached pages expire (about a minute).');
} catch (error) {
  console.error(`Could not remove the demo content: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
