import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientKeyFromHeaders, isCrawler, isPrefetchRequest } from '@/lib/server/request-facts';

const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

test('crawlers, headless browsers and requests without a user agent are not readers', () => {
  assert.equal(isCrawler(chrome), false);
  for (const agent of [
    null,
    '',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    chrome.replace('Chrome', 'HeadlessChrome'),
    'curl/8.5.0',
    'python-requests/2.32',
  ]) {
    assert.equal(isCrawler(agent), true, String(agent));
  }
});

test("the router's prefetches and the browser's speculative loads are recognised", () => {
  assert.equal(isPrefetchRequest(new Headers({ 'next-router-prefetch': '1' })), true);
  assert.equal(isPrefetchRequest(new Headers({ 'sec-purpose': 'prefetch;prerender' })), true);
  assert.equal(isPrefetchRequest(new Headers({ purpose: 'prefetch' })), true);
  assert.equal(isPrefetchRequest(new Headers({ accept: 'text/x-component' })), false);
});

test('the client key is the first forwarded address, bounded in length', () => {
  assert.equal(clientKeyFromHeaders(new Headers({ 'x-forwarded-for': '203.0.113.5, 10.0.0.1' })), '203.0.113.5');
  assert.equal(clientKeyFromHeaders(new Headers({ 'x-real-ip': '198.51.100.7' })), '198.51.100.7');
  assert.equal(clientKeyFromHeaders(new Headers()), 'unknown');
  assert.equal(clientKeyFromHeaders(new Headers({ 'x-forwarded-for': 'x'.repeat(500) })).length, 64);
});
