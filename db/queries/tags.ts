import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { tags, type Tag } from '../schema';

// Per-request memo: metadata and page both ask for the same row.
const tagBySlug = cache((slug: string): Tag | null => getDb().select().from(tags).where(eq(tags.slug, slug)).get() ?? null);

export function getTagBySlug({ slug }: { slug: string }): Tag | null {
  return tagBySlug(slug);
}
