import 'server-only';
import { cache } from 'react';
import { asc, eq } from 'drizzle-orm';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { sections, type Section } from '@/db/schema';
import { cacheTags } from '@/lib/cache-policy';

const structure = { lifetime: 'siteStructure', tags: () => [cacheTags.siteStructure] } as const;

/** Sections in the order editors chose for the navigation. */
export const listSections = cachedRead(
  'sections',
  (): Section[] => getDb().select().from(sections).orderBy(asc(sections.position), asc(sections.name)).all(),
  structure,
);

// Per-request memo: metadata and page both ask for the same row.
const sectionBySlug = cache(
  cachedRead('section', (slug: string): Section | null => getDb().select().from(sections).where(eq(sections.slug, slug)).get() ?? null, structure),
);

export function getSectionBySlug({ slug }: { slug: string }): Promise<Section | null> {
  return sectionBySlug(slug);
}
