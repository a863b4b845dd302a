import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/article-card/ArticleCard';
import { MostRead } from '@/components/most-read/MostRead';
import { SectionBlock } from '@/components/section-block/SectionBlock';
import { listLatestArticles, listLatestArticlesInSection } from '@/db/queries/articles';
import { getMostReadListForPages } from '@/db/queries/most-read';
import { listSections } from '@/db/queries/sections';
import { mostReadStamp } from '@/lib/most-read-stamp';
import { pageAlternates } from '@/lib/page-metadata';
import styles from './FrontPage.module.css';

// next.config.js rewrites "/" here. A dynamic segment with no static params lets the front
// page be cached like an article (ISR) without being prerendered at build time, when the
// database may not exist. "latest" is the only edition. Its lifetime and tags come from its
// cached reads (lib/cache-policy.ts), so invalidating a story's tags refreshes it.
export const dynamicParams = true;
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export const metadata: Metadata = { alternates: pageAlternates('/') };

export default async function FrontPage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== 'latest') notFound();
  const [[lead, ...latest], mostRead, sections] = await Promise.all([
    listLatestArticles({ limit: 9 }),
    getMostReadListForPages({ period: 'day' }),
    listSections(),
  ]);
  const sectionBlocks = await Promise.all(
    sections.map(async (section) => ({ section, articles: await listLatestArticlesInSection({ sectionId: section.id, limit: 4 }) })),
  );
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
          <MostRead entries={mostRead.entries} title="Most read today" updated={mostReadStamp(mostRead.updatedAt)} moreHref="/most-read" />
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
