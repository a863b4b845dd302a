import 'server-only';
import { cache } from 'react';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { sections, type Section } from '../schema';

export function listSections(): Section[] {
  return getDb().select().from(sections).orderBy(asc(sections.position), asc(sections.name)).all();
}

// Per-request memo: metadata and page both ask for the same row.
const sectionBySlug = cache((slug: string): Section | null => getDb().select().from(sections).where(eq(sections.slug, slug)).get() ?? null);

export function getSectionBySlug({ slug }: { slug: string }): Section | null {
  return sectionBySlug(slug);
}
