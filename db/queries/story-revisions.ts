import 'server-only';
import { getDb } from '@/db/client';
import type { ArticleStatus } from '@/db/schema';
import type { StoryFields } from './story-editing';

export type StoryRevision = Omit<StoryFields, 'slug'> & {
  version: number;
  slug: string;
  status: ArticleStatus;
  savedAt: Date;
  savedByEmail: string | null;
  sectionName: string | null;
  authorName: string | null;
};

type RevisionRow = Omit<StoryRevision, 'savedAt' | 'tagNames'> & { savedAt: number; tagNames: string };

const revisionColumns = `r.version, r.status, r.slug, r.headline, r.standfirst, r.body, r.section_id AS sectionId, r.author_id AS authorId,
  r.tag_names AS tagNames, r.saved_at AS savedAt, u.email AS savedByEmail, s.name AS sectionName, a.name AS authorName
  FROM article_revisions r LEFT JOIN staff_users u ON u.id = r.saved_by LEFT JOIN sections s ON s.id = r.section_id LEFT JOIN authors a ON a.id = r.author_id`;

const fromRow = (row: RevisionRow): StoryRevision => ({
  ...row,
  savedAt: new Date(row.savedAt * 1000),
  tagNames: JSON.parse(row.tagNames) as string[],
});

/** A story's revisions, newest first (the body included: a story has dozens, not thousands). */
export function listStoryRevisions({ articleId }: { articleId: number }): StoryRevision[] {
  const rows = getDb()
    .$client.prepare(`SELECT ${revisionColumns} WHERE r.article_id = ? ORDER BY r.version DESC LIMIT 500`)
    .all(articleId) as RevisionRow[];
  return rows.map(fromRow);
}

export function getStoryRevision({ articleId, version }: { articleId: number; version: number }): StoryRevision | null {
  const row = getDb().$client.prepare(`SELECT ${revisionColumns} WHERE r.article_id = ? AND r.version = ?`).get(articleId, version) as
    RevisionRow | undefined;
  return row ? fromRow(row) : null;
}
