import type { BroadsheetDb } from '@/db/client';
import { seedCorpus, type SeedResult } from './seed-corpus';

export const demoArticleCount = 120;

/**
 * Seeds the demo newsroom into a database that has never held a story. "Never" rather than
 * "none now": after `npm run demo:remove` on a newsroom yet to publish, a restart must not bring
 * the demo back. SQLite's AUTOINCREMENT bookkeeping (sqlite_sequence) remembers that articles
 * were once there.
 */
export function seedDemoContentIfNeverUsed(db: BroadsheetDb): SeedResult | null {
  const everHadStories = db.$client.prepare("SELECT 1 FROM sqlite_sequence WHERE name = 'articles' AND seq > 0").get() !== undefined;
  if (everHadStories) return null;
  return seedCorpus(db, { articleCount: demoArticleCount });
}
