import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import listingStyles from '@/components/listing/ListingPage.module.css';
import { Pagination } from '@/components/pagination/Pagination';
import styles from '@/components/search/Search.module.css';
import { SearchResultList } from '@/components/search/SearchResultList';
import { searchArticles } from '@/db/queries/search';
import { parsePageParam } from '@/lib/pagination';
import { buildFtsQuery, displayQuery } from '@/lib/search-query';

export const dynamic = 'force-dynamic';

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function readQuery(raw: string | string[] | undefined): string {
  return typeof raw === 'string' ? displayQuery(raw) : '';
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = readQuery((await searchParams).q);
  return {
    title: query ? `Search: ${query}` : 'Search',
    description: 'Search every Broadsheet story.',
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams;
  const query = readQuery(params.q);
  const page = parsePageParam(params.page);
  if (page === null) notFound();
  const ftsQuery = buildFtsQuery(query);
  const results = ftsQuery ? await searchArticles({ ftsQuery, page }) : null;
  if (ftsQuery && !results) notFound();
  return (
    <>
      <header className={listingStyles.header}>
        <p className="kicker">Search</p>
        <h1 className={listingStyles.title}>{query ? <>Results for “{query}”</> : 'Search Broadsheet'}</h1>
        <form action="/search" role="search" className={styles.form}>
          <label htmlFor="search-page-q" className="visually-hidden">
            Search stories
          </label>
          <input id="search-page-q" className="text-input" type="search" name="q" defaultValue={query} maxLength={200} placeholder="Search stories" />
          <button type="submit" className="solid-button">
            Search
          </button>
        </form>
        {results && (
          <p className="meta" data-testid="search-count">
            {results.capped ? 'More than ' : ''}
            {results.window.totalItems.toLocaleString('en-US')} {results.window.totalItems === 1 ? 'story' : 'stories'}
            {results.capped && ' (the newest matches, best first; add a word to narrow them down)'}
            {results.window.totalPages > 1 && ` · page ${results.window.page} of ${results.window.totalPages}`}
          </p>
        )}
      </header>
      {!ftsQuery && query && <p>Type a word or two from the story you are looking for.</p>}
      {results && results.hits.length === 0 && <p>No stories match “{query}”. Try fewer or different words.</p>}
      {results && results.hits.length > 0 && (
        <>
          <SearchResultList hits={results.hits} />
          <Pagination basePath="/search" params={{ q: query }} window={results.window} />
        </>
      )}
    </>
  );
}
