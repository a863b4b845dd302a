import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/queries/article-cards';
import type { Section } from '@/db/schema';
import { ArticleCard } from '@/components/article-card/ArticleCard';
import styles from './SectionBlock.module.css';

export function SectionBlock({ section, articles }: { section: Section; articles: ArticleCardData[] }) {
  const headingId = `section-${section.slug}`;
  return (
    <section aria-labelledby={headingId} className={styles.block}>
      <h2 id={headingId} className={styles.heading}>
        <Link href={`/sections/${section.slug}`}>{section.name}</Link>
      </h2>
      <ul className={styles.grid}>
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} showSection={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
