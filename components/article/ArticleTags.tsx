import Link from 'next/link';
import type { ArticleDetail } from '@/db/queries/articles';
import styles from './Article.module.css';

export function ArticleTags({ tags }: { tags: ArticleDetail['tags'] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label="Topics" className={styles.tags}>
      <h2 className="visually-hidden">Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id}>
            <Link href={`/tags/${tag.slug}`}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
