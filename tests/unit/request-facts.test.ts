import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addressBucket, normalizeAddress, readTrustedProxyHops, resolveClientAddress } from '@/lib/http/client-address';
import { clientAddressHeader, prefetchHeader } from '@/lib/http/client-address-header';
import { markFrontDoorInstalled } from '@/lib/server-start';
import { clientAddressFromHeaders, isCrawler, isPrefetchRequest } from '@/lib/server/request-facts';

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

test("the router's prefetches and the browser's speculative loads are recognised, behind the front door from its verdict", () => {
  assert.equal(isPrefetchRequest(new Headers({ 'next-router-prefetch': '1' })), true);
  assert.equal(isPrefetchRequest(new Headers({ 'sec-purpose': 'prefetch;prerender' })), true);
  assert.equal(isPrefetchRequest(new Headers({ purpose: 'prefetch' })), true);
  assert.equal(isPrefetchRequest(new Headers({ accept: 'text/x-component' })), false);
});

test('without trusted proxies the socket decides; headers the client wrote choose nothing', () => {
  const forged = '1.2.3.4, 5.6.7.8';
  assert.equal(resolveClientAddress({ socketAddress: '::ffff:203.0.113.5', forwardedFor: forged, trustedHops: 0 }), '203.0.113.5');
  assert.equal(resolveClientAddress({ socketAddress: '203.0.113.5', forwardedFor: undefined, trustedHops: 0 }), '203.0.113.5');
});

test('behind N trusted proxies the address is the one the outermost proxy appended', () => {
  // nginx ($proxy_add_x_forwarded_for) appends the peer it saw to whatever the client sent.
  const oneHop = { socketAddress: '127.0.0.1', forwardedFor: 'forged, 198.51.100.20', trustedHops: 1 };
  assert.equal(resolveClientAddress(oneHop), '198.51.100.20');
  assert.equal(resolveClientAddress({ ...oneHop, forwardedFor: '9.9.9.9, 1.1.1.1, 198.51.100.20' }), '198.51.100.20');
  // CDN then nginx: two hops.
  assert.equal(
    resolveClientAddress({ socketAddress: '127.0.0.1', forwardedFor: 'forged, 198.51.100.21, 10.0.0.7', trustedHops: 2 }),
    '198.51.100.21',
  );
  // A header too short for the configured hops falls back to the leftmost entry a proxy wrote.
  assert.equal(resolveClientAddress({ socketAddress: '127.0.0.1', forwardedFor: '198.51.100.22', trustedHops: 3 }), '198.51.100.22');
  assert.equal(resolveClientAddress({ socketAddress: '127.0.0.1', forwardedFor: 'not-an-ip', trustedHops: 1 }), 'unknown');
});

test('TRUSTED_PROXIES must be a small whole number', () => {
  assert.equal(readTrustedProxyHops(undefined), 0);
  assert.equal(readTrustedProxyHops('2'), 2);
  for (const bad of ['-1', 'yes', '1.5', '99']) assert.throws(() => readTrustedProxyHops(bad), /TRUSTED_PROXIES/);
});

test('addresses are normalised, and an IPv6 client is limited as its /64', () => {
  assert.equal(normalizeAddress('[2001:DB8::1]:443'), '2001:db8::1');
  assert.equal(normalizeAddress('192.0.2.1:8080'), '192.0.2.1');
  assert.equal(normalizeAddress('x'.repeat(500)), null);
  assert.equal(addressBucket('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(addressBucket('2001:db8:1:2:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
  assert.equal(addressBucket('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(addressBucket('192.0.2.1'), '192.0.2.1');
});

test('request facts read only the address the front door wrote, never X-Forwarded-For or X-Real-IP', () => {
  const headers = new Headers({ 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' });
  assert.equal(clientAddressFromHeaders(headers), 'unknown', 'without the front door nobody gets their own bucket');
  markFrontDoorInstalled();
  assert.equal(clientAddressFromHeaders(headers), 'unknown');
  headers.set(clientAddressHeader, '203.0.113.9');
  assert.equal(clientAddressFromHeaders(headers), '203.0.113.9');
  // Next.js strips next-router-prefetch before an action runs: only the front door's verdict counts.
  assert.equal(isPrefetchRequest(new Headers({ 'next-router-prefetch': '1' })), false);
  assert.equal(isPrefetchRequest(new Headers({ [prefetchHeader]: '1' })), true);
});
