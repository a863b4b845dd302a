import type { ArticleCard } from '@/db/queries/article-cards';
import type { FeedItem } from './rss';
import { absoluteUrl } from './site-config';

export const feedLength = 30;

export function feedItemsFromCards(cards: ArticleCard[]): FeedItem[] {
  return cards.map((card) => ({
    title: card.headline,
    url: absoluteUrl(`/articles/${card.slug}`),
    publishedAt: card.publishedAt,
    author: card.authorName,
    summary: card.standfirst,
    category: card.sectionName,
  }));
}
