import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '@/components/listing/ListingPage';
import { getAuthorArticlesPage } from '@/db/queries/articles';
import { getAuthorBySlug } from '@/db/queries/authors';
import { parsePageParam } from '@/lib/pagination';
import { JsonLd } from '@/components/seo/JsonLd';
import { listingPath, pageAlternates, siteOpenGraph } from '@/lib/page-metadata';
import { isPlausibleSlug, type ListingPageProps } from '@/lib/route-params';
import { breadcrumbJsonLd } from '@/lib/structured-data';

// Cached like articles (ISR): rendered on first request, never at build time, when the
// database may not exist; lifetime and tags come from its cached reads (lib/cache-policy.ts).
export const dynamicParams = true;
export function generateStaticParams(): { slug: string; page: string }[] {
  return [];
}

async function findAuthor(params: ListingPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getAuthorBySlug({ slug }) : null;
}

export async function generateMetadata({ params }: ListingPageProps): Promise<Metadata> {
  const author = await findAuthor(params);
  if (!author) return { title: 'Author not found' };
  const page = parsePageParam((await params).page) ?? 1;
  return {
    title: page > 1 ? `${author.name} — page ${page}` : `${author.name}, ${author.role}`,
    description: author.bio,
    openGraph: siteOpenGraph({ type: 'profile' }),
    alternates: pageAlternates(listingPath(`/authors/${author.slug}`, page)),
  };
}

export default async function AuthorPage({ params }: ListingPageProps) {
  const author = await findAuthor(params);
  const page = parsePageParam((await params).page);
  if (!author || page === null) notFound();
  const result = await getAuthorArticlesPage({ authorId: author.id, page });
  if (!result) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: author.name, path: `/authors/${author.slug}` }])} />
      <ListingPage eyebrow={author.role} title={author.name} intro={<p>{author.bio}</p>} basePath={`/authors/${author.slug}`} result={result} />
    </>
  );
}
