import { sql } from 'drizzle-orm';
import type { BroadsheetDb } from '@/db/client';
import { articles } from '@/db/schema';
import { seedCorpus, type SeedResult } from './seed-corpus';

export const demoArticleCount = 120;

/** Seeds the demo newsroom only when the database has no articles at all. */
export function seedDemoContentIfEmpty(db: BroadsheetDb): SeedResult | null {
  const [{ count }] = db
    .select({ count: sql<number>`count(*)` })
    .from(articles)
    .all() as [{ count: number }];
  if (count > 0) return null;
  return seedCorpus(db, { articleCount: demoArticleCount });
}
