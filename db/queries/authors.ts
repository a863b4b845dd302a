import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { authors, type Author } from '../schema';

// Per-request memo: metadata and page both ask for the same row.
const authorBySlug = cache((slug: string): Author | null => getDb().select().from(authors).where(eq(authors.slug, slug)).get() ?? null);

export function getAuthorBySlug({ slug }: { slug: string }): Author | null {
  return authorBySlug(slug);
}
