import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingPage } from '../../../components/listing/ListingPage';
import { getAuthorArticlesPage } from '../../../db/queries/articles';
import { getAuthorBySlug } from '../../../db/queries/authors';
import { parsePageParam } from '../../../lib/pagination';
import { isPlausibleSlug, type SlugPageProps } from '../../../lib/route-params';

// Rendered per request from the live database (which does not exist at build time).
export const dynamic = 'force-dynamic';

async function findAuthor(params: SlugPageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getAuthorBySlug({ slug }) : null;
}

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  const author = await findAuthor(params);
  if (!author) return { title: 'Author not found' };
  return { title: `${author.name}, ${author.role}`, description: author.bio, openGraph: { type: 'profile' } };
}

export default async function AuthorPage({ params, searchParams }: SlugPageProps) {
  const author = await findAuthor(params);
  const page = parsePageParam((await searchParams).page);
  if (!author || page === null) notFound();
  const result = getAuthorArticlesPage({ authorId: author.id, page });
  if (!result) notFound();
  return (
    <ListingPage
      eyebrow={author.role}
      title={author.name}
      intro={<p>{author.bio}</p>}
      basePath={`/authors/${author.slug}`}
      result={result}
    />
  );
}
