import type { ReactNode } from 'react';
import type { ArticlePage } from '@/db/queries/articles';
import { ArticleCard } from '@/components/article-card/ArticleCard';
import { Pagination } from '@/components/pagination/Pagination';
import styles from './ListingPage.module.css';

/** Shared frame of section, author and tag pages: a header, the stories, prev/next. */
export function ListingPage({
  eyebrow,
  title,
  intro,
  basePath,
  result,
  showSection = true,
}: {
  eyebrow: string;
  title: string;
  intro?: ReactNode;
  basePath: string;
  result: ArticlePage;
  showSection?: boolean;
}) {
  return (
    <>
      <header className={styles.header}>
        <p className="kicker">{eyebrow}</p>
        <h1 className={styles.title}>{title}</h1>
        {intro && <div className={styles.intro}>{intro}</div>}
        {result.window.page > 1 && (
          <p className="meta">
            Page {result.window.page} of {result.window.totalPages}
          </p>
        )}
      </header>
      {result.items.length === 0 ? (
        <p>No stories here yet.</p>
      ) : (
        <ul className={styles.list}>
          {result.items.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} showSection={showSection} headingLevel={2} picture="side" />
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath={basePath} window={result.window} />
    </>
  );
}
