import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeCampaignValue, normalizeHost, sourceOf } from '@/lib/referrer-sources';

const site = 'news.example.org';
const group = (referrerHost: string | null) => sourceOf({ referrerHost, siteHost: site }).group;

test('search engines, social networks, other sites, direct and internal visits are told apart', () => {
  for (const host of [
    'www.google.com',
    'google.co.uk',
    'news.google.com',
    'bing.com',
    'duckduckgo.com',
    'search.yahoo.com',
    'search.brave.com',
    'yandex.ru',
  ]) {
    assert.equal(group(host), 'search', host);
  }
  for (const host of [
    't.co',
    'm.facebook.com',
    'l.facebook.com',
    'www.reddit.com',
    'out.reddit.com',
    'news.ycombinator.com',
    'bsky.app',
    'x.com',
    'lnkd.in',
  ]) {
    assert.equal(group(host), 'social', host);
  }
  for (const host of ['example.com', 'googleblog.example.net', 'notfacebook.com', 'localnews.org']) assert.equal(group(host), 'other-sites', host);
  assert.equal(group(null), 'direct');
  assert.equal(group(''), 'direct');
  assert.equal(group('news.example.org'), 'internal');
  assert.equal(group('NEWS.example.org:443'), 'internal');
});

test('only a host is ever kept: lower case, no port, no www; anything else reads as direct', () => {
  assert.equal(normalizeHost('WWW.Example.COM:8080'), 'example.com');
  assert.equal(normalizeHost('example.com.'), 'example.com');
  assert.equal(sourceOf({ referrerHost: 'www.Example.com', siteHost: site }).host, 'example.com');
  for (const forged of ['https://example.com/path', 'example.com/secret?token=1', 'a b.com', '<script>', 'x'.repeat(300), '-bad.com', '..']) {
    assert.equal(normalizeHost(forged), null, forged);
    assert.deepEqual(sourceOf({ referrerHost: forged, siteHost: site }), { group: 'direct', host: '' });
  }
});

test('campaign values are trimmed, lower case, bounded and free of control characters', () => {
  assert.equal(normalizeCampaignValue('  Newsletter\n'), 'newsletter');
  assert.equal(normalizeCampaignValue('x'.repeat(500))!.length, 100);
  assert.equal(normalizeCampaignValue('   '), null);
  assert.equal(normalizeCampaignValue(undefined), null);
});
