import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { getSectionArticlesPage } from '@/db/queries/articles';
import { getSectionBySlug } from '@/db/queries/sections';
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

async function findSection(params: ListingPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getSectionBySlug({ slug }) : null;
}

export async function generateMetadata({ params }: ListingPageProps): Promise<Metadata> {
  const section = await findSection(params);
  if (!section) return { title: 'Section not found' };
  const page = parsePageParam((await params).page) ?? 1;
  return {
    title: page > 1 ? `${section.name} — page ${page}` : section.name,
    description: section.description,
    alternates: pageAlternates(listingPath(`/sections/${section.slug}`, page), [
      { url: `/sections/${section.slug}/feed.xml`, title: `${section.name} · Broadsheet` },
    ]),
  };
}

export default async function SectionPage({ params }: ListingPageProps) {
  const section = await findSection(params);
  const page = parsePageParam((await params).page);
  if (!section || page === null) notFound();
  const result = await getSectionArticlesPage({ sectionId: section.id, page });
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
