import { renderArticleBody } from '@/lib/markdown';
import styles from './Article.module.css';

export function ArticleBody({ markdown }: { markdown: string }) {
  // renderArticleBody sanitizes with an allowlist, which is what makes this injection safe.
  return <div className={styles.body} dangerouslySetInnerHTML={{ __html: renderArticleBody(markdown) }} />;
}
