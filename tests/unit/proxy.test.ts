import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';

const site = 'http://127.0.0.1:3000';
const actionHeaders = { 'next-action': 'abc123', host: '127.0.0.1:3000', origin: site, 'content-type': 'text/plain;charset=UTF-8' };

function actionPost(headers: Record<string, string>, body: string) {
  return new NextRequest(`${site}/articles/some-story`, { method: 'POST', headers, body });
}
const passesThrough = (response: Response) => response.headers.get('x-middleware-next') === '1';

test('a well-formed same-site action post passes through', async () => {
  assert.ok(passesThrough(await proxy(actionPost(actionHeaders, '[{"articleId":1}]'))));
});

test('a cross-site action post is refused with 403', async () => {
  const response = await proxy(actionPost({ ...actionHeaders, origin: 'https://evil.example' }, '[]'));
  assert.equal(response.status, 403);
  assert.equal((await proxy(actionPost({ ...actionHeaders, origin: 'not a url' }, '[]'))).status, 403);
});

test('malformed action posts get 400, oversized ones 413, never a 500', async () => {
  assert.equal((await proxy(actionPost({ ...actionHeaders, 'content-type': 'application/json' }, '[]'))).status, 400);
  assert.equal((await proxy(actionPost(actionHeaders, '[{"articleId": 1,'))).status, 400);
  assert.equal((await proxy(actionPost({ ...actionHeaders, 'content-length': String(10 * 1024 * 1024) }, '[]'))).status, 413);
  assert.equal((await proxy(actionPost(actionHeaders, JSON.stringify(['x'.repeat(70 * 1024)])))).status, 413);
});

test('the staff area sends visitors without a session cookie to sign-in, and lets the rest through to the real check', async () => {
  const anonymous = await proxy(new NextRequest(`${site}/staff/stories/1`));
  assert.equal(anonymous.status, 307);
  assert.equal(new URL(anonymous.headers.get('location')!).pathname, '/staff/sign-in');
  assert.ok(passesThrough(await proxy(new NextRequest(`${site}/staff/sign-in`))));
  assert.ok(passesThrough(await proxy(new NextRequest(`${site}/staff`, { headers: { cookie: 'bs_staff=anything' } }))));
});
