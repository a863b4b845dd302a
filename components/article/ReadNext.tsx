import type { ArticleCard as ArticleCardData } from '@/db/queries/article-cards';
import { ArticleCard } from '@/components/article-card/ArticleCard';
import styles from './Article.module.css';

export function ReadNext({ articles }: { articles: ArticleCardData[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="read-next-heading" className={styles.readNext}>
      <h2 id="read-next-heading">Read next</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="compact" />
          </li>
        ))}
      </ul>
    </section>
  );
}
