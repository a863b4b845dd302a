import 'server-only';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { cacheTags } from '@/lib/cache-policy';

export type Correction = { note: string; createdAt: Date };

type CorrectionRow = { articleId: number; note: string; createdAt: number };

/** A story's corrections and updates, oldest first (the order readers follow the story's changes). */
export function readCorrections(articleId: number): Correction[] {
  return (
    getDb()
      .$client.prepare('SELECT note, created_at AS createdAt FROM article_corrections WHERE article_id = ? ORDER BY created_at, id')
      .all(articleId) as Omit<CorrectionRow, 'articleId'>[]
  ).map((row) => ({ note: row.note, createdAt: new Date(row.createdAt * 1000) }));
}

function readLatestCorrections(ids: number[]): [number, Correction][] {
  if (ids.length === 0) return [];
  const rows = getDb()
    .$client.prepare(
      `SELECT article_id AS articleId, note, max(created_at) AS createdAt FROM article_corrections
       WHERE article_id IN (${ids.map(() => '?').join(',')}) GROUP BY article_id`,
    )
    .all(...ids) as CorrectionRow[];
  return rows.map((row) => [row.articleId, { note: row.note, createdAt: new Date(row.createdAt * 1000) }]);
}

/** The newest correction of each of these stories, for feed items (cached with each story's tag). */
export const getLatestCorrections = cachedRead('latest-corrections', readLatestCorrections, {
  lifetime: 'listing',
  tags: (ids) => ids.map(cacheTags.story),
});
