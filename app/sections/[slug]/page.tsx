import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '../../../components/listing/ListingPage';
import { getSectionArticlesPage } from '../../../db/queries/articles';
import { getSectionBySlug } from '../../../db/queries/sections';
import { parsePageParam } from '../../../lib/pagination';
import { JsonLd } from '../../../components/seo/JsonLd';
import { listingPath, pageAlternates } from '../../../lib/page-metadata';
import { isPlausibleSlug, type SlugPageProps } from '../../../lib/route-params';
import { breadcrumbJsonLd } from '../../../lib/structured-data';

// Rendered per request from the live database (which does not exist at build time).
export const dynamic = 'force-dynamic';

async function findSection(params: SlugPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getSectionBySlug({ slug }) : null;
}

export async function generateMetadata({ params, searchParams }: SlugPageProps): Promise<Metadata> {
  const section = await findSection(params);
  if (!section) return { title: 'Section not found' };
  const page = parsePageParam((await searchParams).page) ?? 1;
  return {
    title: page > 1 ? `${section.name} — page ${page}` : section.name,
    description: section.description,
    alternates: pageAlternates(listingPath(`/sections/${section.slug}`, page), [{ url: `/sections/${section.slug}/feed.xml`, title: `${section.name} · Broadsheet` }]),
  };
}

export default async function SectionPage({ params, searchParams }: SlugPageProps) {
  const section = await findSection(params);
  const page = parsePageParam((await searchParams).page);
  if (!section || page === null) notFound();
  const result = getSectionArticlesPage({ sectionId: section.id, page });
  if (!result) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: section.name, path: `/sections/${section.slug}` }])} />
      <ListingPage
      eyebrow="Section"
      title={section.name}
      intro={<p>{section.description}</p>}
      basePath={`/sections/${section.slug}`}
      result={result}
      showSection={false}
      />
    </>
  );
}
