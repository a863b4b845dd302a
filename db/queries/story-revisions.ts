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
  /** The bylines' names at that save (an author since removed is left out). */
  authorNames: string[];
};

type RevisionRow = Omit<StoryRevision, 'savedAt' | 'tagNames' | 'authorIds' | 'authorNames'> & {
  savedAt: number;
  tagNames: string;
  authorId: number;
  authorIds: string;
};

const revisionColumns = `r.version, r.status, r.slug, r.headline, r.standfirst, r.body, r.section_id AS sectionId, r.author_id AS authorId,
  r.author_ids AS authorIds, r.lead_image_id AS leadImageId, r.lead_image_alt AS leadImageAlt, r.lead_image_caption AS leadImageCaption,
  r.lead_image_credit AS leadImageCredit, r.tag_names AS tagNames, r.saved_at AS savedAt, u.email AS savedByEmail, s.name AS sectionName
  FROM article_revisions r LEFT JOIN staff_users u ON u.id = r.saved_by LEFT JOIN sections s ON s.id = r.section_id`;

/** The revisions as read, with their bylines' names looked up once for all of them (not a query per revision). */
function fromRows(rows: RevisionRow[]): StoryRevision[] {
  const bylines = rows.map(({ authorId, authorIds }) => {
    const listed = JSON.parse(authorIds) as number[];
    return listed.length > 0 ? listed : [authorId];
  });
  const ids = [...new Set(bylines.flat())];
  const names = new Map(
    ids.length === 0
      ? []
      : getDb()
          .$client.prepare<number[], { id: number; name: string }>(`SELECT id, name FROM authors WHERE id IN (${ids.map(() => '?').join(',')})`)
          .all(...ids)
          .map((a) => [a.id, a.name]),
  );
  return rows.map((row, i) => ({
    ...row,
    authorIds: bylines[i]!,
    authorNames: bylines[i]!.flatMap((id) => names.get(id) ?? []),
    savedAt: new Date(row.savedAt * 1000),
    tagNames: JSON.parse(row.tagNames) as string[],
  }));
}

/** A story's revisions, newest first (the body included: a story has dozens, not thousands). */
export function listStoryRevisions({ articleId }: { articleId: number }): StoryRevision[] {
  const rows = getDb()
    .$client.prepare(`SELECT ${revisionColumns} WHERE r.article_id = ? ORDER BY r.version DESC LIMIT 500`)
    .all(articleId) as RevisionRow[];
  return fromRows(rows);
}

export function getStoryRevision({ articleId, version }: { articleId: number; version: number }): StoryRevision | null {
  const row = getDb().$client.prepare(`SELECT ${revisionColumns} WHERE r.article_id = ? AND r.version = ?`).get(articleId, version) as
    RevisionRow | undefined;
  return row ? fromRows([row])[0]! : null;
}
