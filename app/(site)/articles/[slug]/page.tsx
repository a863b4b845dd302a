import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import styles from '@/components/article/Article.module.css';
import { ArticleBody } from '@/components/article/ArticleBody';
import { ArticleCorrections } from '@/components/article/ArticleCorrections';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { ArticleLeadImage } from '@/components/article/ArticleLeadImage';
import { ArticleViewCounter } from '@/components/article/ArticleViewCounter';
import { ArticleTags } from '@/components/article/ArticleTags';
import { ReadNext } from '@/components/article/ReadNext';
import { LiveMostRead } from '@/components/most-read/LiveMostRead';
import { getArticleBySlug, getRelatedArticles } from '@/db/queries/articles';
import { currentSlugOfMovedStory } from '@/db/story-addresses';
import { JsonLd } from '@/components/seo/JsonLd';
import { pageAlternates, siteOpenGraph } from '@/lib/page-metadata';
import { leadImageOf, shareImage } from '@/lib/images/image-files';
import { isPlausibleSlug } from '@/lib/route-params';
import { newsArticleJsonLd } from '@/lib/structured-data';

// Rendered on first request, then served whole from Next's cache (ISR) until its story changes
// (lib/cache-policy.ts). Nothing is prerendered at build, when the database may not exist. What
// changes with every view is drawn by the client: the view count, refreshed live, and the
// most-read list, fetched, so the cached copy stays honest.
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type ArticlePageProps = { params: Promise<{ slug: string }> };

async function findArticle(params: ArticlePageProps['params']) {
  const { slug } = await params;
  return isPlausibleSlug(slug) ? getArticleBySlug({ slug }) : null;
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await findArticle(params);
  if (!article) return { title: 'Story not found' };
  const lead = leadImageOf(article);
  const picture = lead && { ...shareImage(lead.image), alt: lead.alt };
  return {
    title: article.headline,
    description: article.standfirst,
    authors: article.bylines.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    alternates: pageAlternates(`/articles/${article.slug}`, [
      { url: `/sections/${article.sectionSlug}/feed.xml`, title: `${article.sectionName} · Broadsheet` },
    ]),
    twitter: picture
      ? { card: 'summary_large_image', title: article.headline, description: article.standfirst, images: [{ url: picture.path, alt: picture.alt }] }
      : { card: 'summary', title: article.headline, description: article.standfirst },
    openGraph: siteOpenGraph({
      type: 'article',
      title: article.headline,
      description: article.standfirst,
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.sectionName,
      authors: article.bylines.map((a) => a.name),
      tags: article.tags.map((t) => t.name),
      ...(picture && { images: [{ url: picture.path, width: picture.width, height: picture.height, alt: picture.alt }] }),
    }),
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = await findArticle(params);
  if (!article) {
    // An address the story had before its slug changed (the front door sends this as a 301).
    const { slug } = await params;
    const moved = isPlausibleSlug(slug) ? currentSlugOfMovedStory(slug) : null;
    if (moved) permanentRedirect(`/articles/${moved}`);
    notFound(); // the front door answers 410 for a story that was taken down
  }
  const related = await getRelatedArticles({ article });
  return (
    <div className={styles.layout}>
      <article>
        <JsonLd data={newsArticleJsonLd(article)} />
        <ArticleHeader article={article} viewCount={<ArticleViewCounter articleId={article.id} initialCount={article.viewCount} />} />
        <ArticleLeadImage article={article} />
        <ArticleBody markdown={article.body} />
        <ArticleCorrections corrections={article.corrections} />
        <ArticleTags tags={article.tags} />
        <ReadNext articles={related} />
      </article>
      <aside className={styles.aside}>
        <LiveMostRead period="week" title="Most read this week" />
      </aside>
    </div>
  );
}
