import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/queries/article-cards';
import { formatShortDate } from '@/lib/site-time';
import styles from './ArticleCard.module.css';

type Variant = 'lead' | 'standard' | 'compact';

export function ArticleCard({
  article,
  variant = 'standard',
  showSection = true,
  headingLevel = variant === 'lead' ? 2 : 3,
}: {
  article: ArticleCardData;
  variant?: Variant;
  showSection?: boolean;
  /** The card's headline sits one level below the heading of the list it is in. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`${styles.card} ${styles[variant]}`}>
      {showSection && (
        <Link className="kicker" href={`/sections/${article.sectionSlug}`}>
          {article.sectionName}
        </Link>
      )}
      <Heading className={styles.headline}>
        <Link href={`/articles/${article.slug}`}>{article.headline}</Link>
      </Heading>
      {variant !== 'compact' && <p className={styles.standfirst}>{article.standfirst}</p>}
      <p className="meta">
        <Link href={`/authors/${article.authorSlug}`} className={styles.author}>
          {article.authorName}
        </Link>{' '}
        · <time dateTime={article.publishedAt.toISOString()}>{formatShortDate(article.publishedAt)}</time>
      </p>
    </article>
  );
}
