export type FeedItem = {
  title: string;
  url: string;
  publishedAt: Date;
  author: string;
  summary: string;
  category: string;
  /** The story's lead picture (a JPEG), as Media RSS: feed readers show it beside the item. */
  image?: { url: string; width: number; height: number; alt: string };
};

export type Feed = { title: string; description: string; siteUrl: string; selfUrl: string; items: FeedItem[]; updatedAt?: Date };

export function escapeXml(text: string): string {
  // Also drop characters XML 1.0 forbids, which would make the whole feed unreadable.
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RSS 2.0 with atom:link self and dc:creator, as feed validators and readers expect. */
export function buildRssFeed(feed: Feed): string {
  const lastBuild = feed.updatedAt ?? feed.items[0]?.publishedAt ?? new Date(0);
  const items = feed.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
      <dc:creator>${escapeXml(item.author)}</dc:creator>
      <category>${escapeXml(item.category)}</category>
      <description>${escapeXml(item.summary)}</description>${
        item.image
          ? `
      <media:content url="${escapeXml(item.image.url)}" medium="image" type="image/jpeg" width="${item.image.width}" height="${item.image.height}">
        <media:description type="plain">${escapeXml(item.image.alt)}</media:description>
      </media:content>`
          : ''
      }
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.siteUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>en-us</language>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
