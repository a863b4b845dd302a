// npm run demo:remove: deletes the demo stories (and demo authors and tags left without one),
// keeping every story the newsroom wrote and its views.
import { databasePath, openDatabase } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { noteTagChanges } from '@/db/cache/tag-changes';
import { removeDemoContent } from '@/db/queries/demo-content';
import { cacheTags } from '@/lib/cache-policy';

try {
  const db = openDatabase();
  runMigrations(db);
  const removed = removeDemoContent(db);
  // A running server renders every page anew on its next request (lib/page-cache-handler.mjs).
  if (removed.articles > 0) noteTagChanges(db.$client, [cacheTags.everything], { expire: true });
  db.$client.close();
  console.log(`removed ${removed.articles} demo stories, ${removed.authors} demo authors and ${removed.tags} demo tags from ${databasePath()}`);
  if (removed.articles > 0) console.log('A running server shows the change within a second.');
} catch (error) {
  console.error(`Could not remove the demo content: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
