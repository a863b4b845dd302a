import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '../../../components/listing/ListingPage';
import { getAuthorArticlesPage } from '../../../db/queries/articles';
import { getAuthorBySlug } from '../../../db/queries/authors';
import { parsePageParam } from '../../../lib/pagination';
import { JsonLd } from '../../../components/seo/JsonLd';
import { listingPath, pageAlternates } from '../../../lib/page-metadata';
import { isPlausibleSlug, type SlugPageProps } from '../../../lib/route-params';
import { breadcrumbJsonLd } from '../../../lib/structured-data';

// Rendered per request from the live database (which does not exist at build time).
export const dynamic = 'force-dynamic';

async function findAuthor(params: SlugPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getAuthorBySlug({ slug }) : null;
}

export async function generateMetadata({ params, searchParams }: SlugPageProps): Promise<Metadata> {
  const author = await findAuthor(params);
  if (!author) return { title: 'Author not found' };
  const page = parsePageParam((await searchParams).page) ?? 1;
  return {
    title: page > 1 ? `${author.name} — page ${page}` : `${author.name}, ${author.role}`,
    description: author.bio,
    openGraph: { type: 'profile' },
    alternates: pageAlternates(listingPath(`/authors/${author.slug}`, page)),
  };
}

export default async function AuthorPage({ params, searchParams }: SlugPageProps) {
  const author = await findAuthor(params);
  const page = parsePageParam((await searchParams).page);
  if (!author || page === null) notFound();
  const result = getAuthorArticlesPage({ authorId: author.id, page });
  if (!result) notFound();
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: author.name, path: `/authors/${author.slug}` }])} />
      <ListingPage
      eyebrow={author.role}
      title={author.name}
      intro={<p>{author.bio}</p>}
      basePath={`/authors/${author.slug}`}
      result={result}
      />
    </>
  );
}
