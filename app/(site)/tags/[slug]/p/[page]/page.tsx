import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { getTagArticlesPage } from '@/db/queries/articles';
import { getTagBySlug } from '@/db/queries/tags';
import { parsePageParam } from '@/lib/pagination';
import { JsonLd } from '@/components/seo/JsonLd';
import { listingPath, pageAlternates } from '@/lib/page-metadata';
import { isPlausibleSlug, type ListingPageProps } from '@/lib/route-params';
import { breadcrumbJsonLd } from '@/lib/structured-data';

// Cached like articles (ISR): rendered on first request, never at build time, when the
// database may not exist; lifetime and tags come from its cached reads (lib/cache-policy.ts).
export const dynamicParams = true;
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

async function findTag(params: ListingPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getTagBySlug({ slug }) : null;
}

export async function generateMetadata({ params }: ListingPageProps): Promise<Metadata> {
  const tag = await findTag(params);
  if (!tag) return { title: 'Topic not found' };
  const page = parsePageParam((await params).page) ?? 1;
  return {
    title: page > 1 ? `${tag.name} — page ${page}` : tag.name,
    description: `The latest Broadsheet stories about ${tag.name}.`,
    alternates: pageAlternates(listingPath(`/tags/${tag.slug}`, page)),
  };
}

export default async function TagPage({ params }: ListingPageProps) {
  const tag = await findTag(params);
  const page = parsePageParam((await params).page);
  if (!tag || page === null) notFound();
  const result = await getTagArticlesPage({ tagId: tag.id, page });
  if (!result) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: tag.name, path: `/tags/${tag.slug}` }])} />
      <ListingPage eyebrow="Topic" title={tag.name} basePath={`/tags/${tag.slug}`} result={result} />
    </>
  );
}
