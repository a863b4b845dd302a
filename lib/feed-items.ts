import type { ArticleCard } from '@/db/queries/article-cards';
import type { Correction } from '@/db/queries/corrections';
import { joinNames } from './byline';
import { leadImageOf, shareImage } from './images/image-files';
import type { FeedItem } from './rss';
import { absoluteUrl } from './site-config';
import { formatPublishedDateTime } from './site-time';

export const feedLength = 30;

/** Feed items for cards; a story's newest correction or update follows its standfirst, with its time. */
export function feedItemsFromCards(cards: ArticleCard[], latestCorrections: [number, Correction][] = []): FeedItem[] {
  const corrections = new Map(latestCorrections);
  return cards.map((card) => {
    const correction = corrections.get(card.id);
    const lead = leadImageOf(card);
    const picture = lead && shareImage(lead.image);
    return {
      title: card.headline,
      url: absoluteUrl(`/articles/${card.slug}`),
      publishedAt: card.publishedAt,
      author: joinNames([card.authorName, ...card.coAuthors.map((a) => a.name)]),
      summary: correction
        ? `${card.standfirst}\n\nCorrections and updates, ${formatPublishedDateTime(correction.createdAt)}: ${correction.note}`
        : card.standfirst,
      category: card.sectionName,
      ...(lead && picture && { image: { url: absoluteUrl(picture.path), width: picture.width, height: picture.height, alt: lead.alt } }),
    };
  });
}
