import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildRssFeed, escapeXml } from '@/lib/rss';
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from '@/lib/sitemap-xml';

const item = {
  title: 'Tom & Jerry <script>alert("x")</script> say “hello”',
  url: 'https://news.example/articles/tom-and-jerry?x=1&y=2',
  publishedAt: new Date('2024-07-03T18:24:00Z'),
  author: 'Amara Okafor',
  summary: 'A summary with a stray \u0001 control character & an ampersand.',
  category: 'World',
};

test('escapeXml escapes markup and drops characters XML cannot carry', () => {
  assert.equal(escapeXml(`<a href="x">'&'</a>\u0000`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});

test('the RSS feed parses with an independent parser and keeps every field', () => {
  const xml = buildRssFeed({
    title: 'Broadsheet',
    description: 'News',
    siteUrl: 'https://news.example/',
    selfUrl: 'https://news.example/feed.xml',
    items: [item],
  });
  const feed = parseFeed(xml);
  assert.equal(feed.meta.type, 'rss');
  assert.equal(feed.title, 'Broadsheet');
  assert.equal(feed.items.length, 1);
  const [parsed] = feed.items;
  assert.equal(parsed!.title, item.title);
  assert.equal(parsed!.url, item.url);
  assert.equal(parsed!.published?.toISOString(), '2024-07-03T18:24:00.000Z');
  assert.equal(parsed!.authors[0]?.name, 'Amara Okafor');
  assert.match(parsed!.description ?? '', /an ampersand/);
  assert.match(xml, /<atom:link href="https:\/\/news.example\/feed.xml" rel="self"/);
});

test('sitemaps: urlset, index and news sitemap are well-formed and escaped', () => {
  const urlset = buildUrlset([{ loc: 'https://news.example/a?x=1&y=2', lastmod: new Date('2024-01-01T00:00:00Z') }]);
  assert.match(urlset, /<loc>https:\/\/news.example\/a\?x=1&amp;y=2<\/loc><lastmod>2024-01-01T00:00:00.000Z<\/lastmod>/);
  assert.match(buildSitemapIndex([{ loc: 'https://news.example/sitemaps/articles-1.xml' }]), /<sitemapindex[^>]*>\s*<sitemap><loc>/);
  const news = buildNewsSitemap({
    publicationName: 'Broadsheet',
    items: [{ loc: 'https://news.example/a', title: 'A & B', publishedAt: new Date('2024-01-01T00:00:00Z') }],
  });
  assert.match(news, /<news:title>A &amp; B<\/news:title>/);
  assert.match(news, /<news:name>Broadsheet<\/news:name><news:language>en<\/news:language>/);
});
