import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderArticleBody } from '@/lib/markdown';
import { parsePageParam, pageWindow } from '@/lib/pagination';
import { isPlausibleSlug } from '@/lib/route-params';
import { formatPublishedDateTime } from '@/lib/site-time';
import { slugify } from '@/lib/slug';

test('article markdown renders, and script, handlers and javascript: links are removed', () => {
  const html = renderArticleBody(
    'Hello **world**\n\n<script>alert(1)</script>\n\n<img src="https://x.test/a.png" onerror="alert(2)">\n\n[click](javascript:alert(3)) [ok](https://example.org)',
  );
  assert.match(html, /<strong>world<\/strong>/);
  assert.doesNotMatch(html, /<script|onerror|javascript:/i);
  assert.match(html, /<a href="https:\/\/example.org" rel="noopener noreferrer nofollow">ok<\/a>/);
});

test('article bodies load images only from this site or the hosts the operator lists: no tracking pixels', () => {
  const body =
    '![chart](/media/chart.png)\n\n![pixel](https://tracker.example/p.gif)\n\n<img src="http://insecure.example/a.png">\n\n<img src="//evil.example/b.png">\n\n![wire](https://images.example.org/w.jpg)';
  const html = renderArticleBody(body);
  assert.match(html, /<img src="\/media\/chart.png" alt="chart" \/>/);
  assert.doesNotMatch(html, /tracker|insecure|evil|images\.example/);
  process.env.ARTICLE_IMAGE_HOSTS = 'images.example.org';
  try {
    assert.match(renderArticleBody(body), /src="https:\/\/images.example.org\/w.jpg"/);
    assert.doesNotMatch(renderArticleBody(body), /tracker/);
  } finally {
    delete process.env.ARTICLE_IMAGE_HOSTS;
  }
});

test('a body heading of level 1 is demoted so the headline stays the only h1', () => {
  assert.match(renderArticleBody('# Inside'), /^<h2>Inside<\/h2>/);
});

test('page numbers: only plain positive integers are pages', () => {
  assert.equal(parsePageParam(undefined), 1);
  assert.equal(parsePageParam('3'), 3);
  for (const bad of ['-1', '0', 'abc', '1e3', '01', '2.5', ' 2', 'x'.repeat(5_000_000), '9999999999'])
    assert.equal(parsePageParam(bad), null, bad.slice(0, 20));
  assert.equal(parsePageParam(['1', '2']), null);
});

test('page windows stop at the last page, but an empty list still has page 1', () => {
  assert.deepEqual(pageWindow(2, 45, 20), { page: 2, totalPages: 3, totalItems: 45, offset: 20, limit: 20 });
  assert.equal(pageWindow(4, 45, 20), null);
  assert.equal(pageWindow(1, 0, 20)?.totalPages, 1);
});

test('publish times read in house style, in the site time zone', () => {
  // 18:24 UTC on July 3, 2024 is 2:24 p.m. in New York (EDT).
  assert.equal(formatPublishedDateTime(new Date('2024-07-03T18:24:00Z')), 'July 3, 2024, 2:24 p.m.');
  assert.equal(formatPublishedDateTime(new Date('2024-01-15T14:05:00Z')), 'January 15, 2024, 9:05 a.m.');
});

test('slugs: generated from titles, and anything else is rejected before a query', () => {
  assert.equal(slugify('Women’s league attendances double — in a season!'), 'womens-league-attendances-double-in-a-season');
  assert.ok(isPlausibleSlug('border-towns-2'));
  for (const bad of ["x' OR 1=1--", 'UPPER', '-lead', 'a'.repeat(201), '']) assert.ok(!isPlausibleSlug(bad), bad);
});
