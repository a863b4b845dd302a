import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { cachedRead } from '@/db/cache/cached-read';
import { getDb } from '@/db/client';
import { tags, type Tag } from '@/db/schema';
import { cacheTags } from '@/lib/cache-policy';

// Per-request memo: metadata and page both ask for the same row.
const tagBySlug = cache(
  cachedRead('tag', (slug: string): Tag | null => getDb().select().from(tags).where(eq(tags.slug, slug)).get() ?? null, {
    lifetime: 'siteStructure',
    tags: () => [cacheTags.siteStructure],
  }),
);

export function getTagBySlug({ slug }: { slug: string }): Promise<Tag | null> {
  return tagBySlug(slug);
}
