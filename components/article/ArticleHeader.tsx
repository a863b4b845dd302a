import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ArticleDetail } from '@/db/queries/articles';
import { formatPublishedDateTime } from '@/lib/site-time';
import styles from './Article.module.css';

export function ArticleHeader({ article, viewCount }: { article: ArticleDetail; viewCount: ReactNode }) {
  // A fix in the first half hour is not news; a public correction always is.
  const updated = article.corrections.length > 0 || article.updatedAt.getTime() - article.publishedAt.getTime() > 30 * 60_000;
  return (
    <header className={styles.header}>
      <Link className="kicker" href={`/sections/${article.sectionSlug}`}>
        {article.sectionName}
      </Link>
      <h1 className={styles.headline}>{article.headline}</h1>
      <p className={styles.standfirst}>{article.standfirst}</p>
      <div className={styles.byline}>
        <p>
          By{' '}
          {article.bylines.map((author, i) => (
            <span key={author.slug}>
              {i > 0 && (i === article.bylines.length - 1 ? ' and ' : ', ')}
              <Link rel="author" href={`/authors/${author.slug}`}>
                {author.name}
              </Link>
              {/* One role reads as a job title; with several names it would read as a list of them. */}
              {article.bylines.length === 1 && <span className={styles.role}>, {author.role}</span>}
            </span>
          ))}
        </p>
        <p className={styles.dates}>
          <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDateTime(article.publishedAt)}</time>
          {updated && (
            <>
              {' '}
              · Updated <time dateTime={article.updatedAt.toISOString()}>{formatPublishedDateTime(article.updatedAt)}</time>
            </>
          )}
          <span aria-hidden="true"> · </span>
          {viewCount}
        </p>
      </div>
    </header>
  );
}
