import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { authors, type Author } from '@/db/schema';
import { cacheTags } from '@/lib/cache-policy';

// Per-request memo: metadata and page both ask for the same row.
const authorBySlug = cache(
  cachedRead('author', (slug: string): Author | null => getDb().select().from(authors).where(eq(authors.slug, slug)).get() ?? null, {
    lifetime: 'siteStructure',
    tags: () => [cacheTags.siteStructure],
  }),
);

export function getAuthorBySlug({ slug }: { slug: string }): Promise<Author | null> {
  return authorBySlug(slug);
}
