import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '../../../components/listing/ListingPage';
import { getTagArticlesPage } from '../../../db/queries/articles';
import { getTagBySlug } from '../../../db/queries/tags';
import { parsePageParam } from '../../../lib/pagination';
import { JsonLd } from '../../../components/seo/JsonLd';
import { listingPath, pageAlternates } from '../../../lib/page-metadata';
import { isPlausibleSlug, type SlugPageProps } from '../../../lib/route-params';
import { breadcrumbJsonLd } from '../../../lib/structured-data';

// Rendered per request from the live database (which does not exist at build time).
export const dynamic = 'force-dynamic';

async function findTag(params: SlugPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getTagBySlug({ slug }) : null;
}

export async function generateMetadata({ params, searchParams }: SlugPageProps): Promise<Metadata> {
  const tag = await findTag(params);
  if (!tag) return { title: 'Topic not found' };
  const page = parsePageParam((await searchParams).page) ?? 1;
  return {
    title: page > 1 ? `${tag.name} — page ${page}` : tag.name,
    description: `The latest Broadsheet stories about ${tag.name}.`,
    alternates: pageAlternates(listingPath(`/tags/${tag.slug}`, page)),
  };
}

export default async function TagPage({ params, searchParams }: SlugPageProps) {
  const tag = await findTag(params);
  const page = parsePageParam((await searchParams).page);
  if (!tag || page === null) notFound();
  const result = getTagArticlesPage({ tagId: tag.id, page });
  if (!result) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: tag.name, path: `/tags/${tag.slug}` }])} />
      <ListingPage eyebrow="Topic" title={tag.name} basePath={`/tags/${tag.slug}`} result={result} />
    </>
  );
}
