import Link from 'next/link';
import { ResponsiveImage } from '@/components/image/ResponsiveImage';
import type { ArticleCard as ArticleCardData } from '@/db/queries/article-cards';
import { leadImageOf } from '@/lib/images/image-files';
import { formatShortDate } from '@/lib/site-time';
import styles from './ArticleCard.module.css';

type Variant = 'lead' | 'standard' | 'compact';
/** Where a card shows its story's picture: above the headline, beside it (listings), or not at all. */
type PicturePlace = 'top' | 'side' | 'none';

// What each place takes of the page's width, for the browser to pick a file from srcset.
const pictureSizes: Record<Exclude<PicturePlace, 'none'>, Record<'lead' | 'other', string>> = {
  top: { lead: '(max-width: 64rem) 100vw, 640px', other: '(max-width: 40rem) 100vw, (max-width: 64rem) 50vw, 300px' },
  side: { lead: '200px', other: '(max-width: 40rem) 120px, 200px' },
};

function Byline({ article }: { article: ArticleCardData }) {
  const everyone = [{ slug: article.authorSlug, name: article.authorName }, ...article.coAuthors];
  return everyone.map((author, i) => (
    <span key={author.slug}>
      {i > 0 && (i === everyone.length - 1 ? ' and ' : ', ')}
      <Link href={`/authors/${author.slug}`} className={styles.author}>
        {author.name}
      </Link>
    </span>
  ));
}

export function ArticleCard({
  article,
  variant = 'standard',
  showSection = true,
  headingLevel = variant === 'lead' ? 2 : 3,
  picture = variant === 'compact' ? 'none' : 'top',
}: {
  article: ArticleCardData;
  variant?: Variant;
  showSection?: boolean;
  /** The card's headline sits one level below the heading of the list it is in. */
  headingLevel?: 2 | 3;
  picture?: PicturePlace;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lead = picture === 'none' ? null : leadImageOf(article);
  return (
    <article className={`${styles.card} ${styles[variant]} ${lead ? styles[picture] : ''}`}>
      {lead && picture !== 'none' && (
        // The headline is the link a keyboard or screen reader uses; the picture repeats it for the mouse.
        <Link href={`/articles/${article.slug}`} className={styles.picture} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            image={lead.image}
            alt=""
            sizes={pictureSizes[picture][variant === 'lead' ? 'lead' : 'other']}
            priority={variant === 'lead'}
          />
        </Link>
      )}
      <div className={styles.text}>
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
          <Byline article={article} /> · <time dateTime={article.publishedAt.toISOString()}>{formatShortDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
