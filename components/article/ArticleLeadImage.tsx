import { ResponsiveImage } from '@/components/image/ResponsiveImage';
import type { ArticleDetail } from '@/db/queries/articles';
import { leadImageOf } from '@/lib/images/image-files';
import styles from './Article.module.css';

/** The story's picture under its headline, with caption and credit: the page's largest paint, so it loads first. */
export function ArticleLeadImage({ article }: { article: ArticleDetail }) {
  const lead = leadImageOf(article);
  if (!lead) return null;
  return (
    <figure className={styles.leadImage}>
      <ResponsiveImage image={lead.image} alt={lead.alt} sizes="(max-width: 46rem) 100vw, 720px" priority />
      {(article.leadImageCaption || article.leadImageCredit) && (
        <figcaption>
          {article.leadImageCaption}
          {article.leadImageCredit && <span className={styles.credit}> {article.leadImageCredit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
