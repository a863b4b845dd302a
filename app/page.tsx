import { ArticleCard } from '../components/article-card/ArticleCard';
import { MostRead } from '../components/most-read/MostRead';
import { SectionBlock } from '../components/section-block/SectionBlock';
import { listLatestArticles, listLatestArticlesInSection } from '../db/queries/articles';
import { getMostReadArticlesForPages } from '../db/queries/most-read';
import { listSections } from '../db/queries/sections';
import styles from './FrontPage.module.css';

// Rendered per request from the live database (which does not exist at build time).
export const dynamic = 'force-dynamic';

export default function FrontPage() {
  const [lead, ...latest] = listLatestArticles({ limit: 9 });
  const mostRead = getMostReadArticlesForPages({ period: 'day' });
  const sectionBlocks = listSections().map((section) => ({
    section,
    articles: listLatestArticlesInSection({ sectionId: section.id, limit: 4 }),
  }));
  return (
    <>
      <h1 className="visually-hidden">Broadsheet front page</h1>
      <div className={styles.top}>
        {lead ? (
          <div className={styles.lead}>
            <ArticleCard article={lead} variant="lead" />
          </div>
        ) : (
          <p>No stories have been published yet.</p>
        )}
        <section aria-labelledby="latest-heading" className={styles.latest}>
          <h2 id="latest-heading" className={styles.blockHeading}>
            Latest
          </h2>
          <ul>
            {latest.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
        <div className={styles.mostRead}>
          <MostRead entries={mostRead} title="Most read today" />
        </div>
      </div>
      {sectionBlocks
        .filter((block) => block.articles.length > 0)
        .map(({ section, articles }) => (
          <SectionBlock key={section.id} section={section} articles={articles} />
        ))}
    </>
  );
}
