import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { config, proxy } from '@/proxy';

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

test('bodies that are JSON but not a call, or point at parts they do not have, or nest without end, get 400', async () => {
  for (const body of ['42', 'null', '"x"', '{}', '["$Q0"]', '["$K1"]', '[{"a":"$@0"}]', '['.repeat(20_000) + ']'.repeat(20_000)]) {
    assert.equal((await proxy(actionPost(actionHeaders, body))).status, 400, body.slice(0, 20));
  }
  for (const body of ['[]', '[{"articleId":1,"visitorToken":"abc"}]', '["$$escaped dollar"]', '["$undefined"]', '["$D2026-11-28T00:00:00.000Z"]']) {
    assert.ok(passesThrough(await proxy(actionPost(actionHeaders, body))), body);
  }
});

/** A multipart post: the content type (with its boundary) comes from the FormData body. */
function multipartPost(headers: Record<string, string>, form: FormData) {
  const withoutContentType = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'content-type'));
  return new NextRequest(`${site}/staff/sign-in`, { method: 'POST', headers: withoutContentType, body: form });
}

test('multipart action calls carry arguments React could have written; broken multipart gets 400', async () => {
  const form = new FormData();
  // What React 19 sends for a form action: the FormData's fields prefixed "_1_".
  form.set('0', '[{},"$K1"]');
  form.set('_1_email', 'desk@example.com');
  assert.ok(passesThrough(await proxy(multipartPost(actionHeaders, form))));
  // A form with only a button sends a FormData with no fields at all.
  const empty = new FormData();
  empty.set('0', '[null,"$K1"]');
  assert.ok(passesThrough(await proxy(multipartPost(actionHeaders, empty))));
  form.set('0', '[{},"$Q1"]');
  assert.equal((await proxy(multipartPost(actionHeaders, form))).status, 400);
  form.set('0', '42');
  assert.equal((await proxy(multipartPost(actionHeaders, form))).status, 400);
  const broken = new NextRequest(`${site}/staff/sign-in`, {
    method: 'POST',
    headers: { ...actionHeaders, 'content-type': 'multipart/form-data; boundary=xyz' },
    body: '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
  });
  assert.equal((await proxy(broken)).status, 400);
});

test('a plain form post (no JavaScript) from another site is refused; from this site it goes on', async () => {
  const form = new FormData();
  form.set('$ACTION_ID_abc', '');
  const plain = { host: '127.0.0.1:3000', origin: 'https://evil.example' };
  assert.equal((await proxy(new NextRequest(`${site}/staff/sign-in`, { method: 'POST', headers: plain, body: form }))).status, 403);
  assert.ok(
    passesThrough(await proxy(new NextRequest(`${site}/staff/sign-in`, { method: 'POST', headers: { ...plain, origin: site }, body: form }))),
  );
});

test('article answers: a moved story is a 301 and a taken-down one 410, for reads only', async () => {
  const { articleAnswerStatus, articleSlugOf } = await import('@/lib/http/front-door');
  assert.equal(articleSlugOf('/articles/ferry-returns'), 'ferry-returns');
  assert.equal(articleSlugOf('/articles/ferry-returns?utm_source=x'), 'ferry-returns');
  assert.equal(articleSlugOf('/articles/ferry/returns'), null);
  assert.equal(articleSlugOf('/sections/world'), null);
  let asked = 0;
  const takenDown = () => (asked++, true);
  assert.equal(articleAnswerStatus(308, { method: 'GET', takenDown }), 301);
  assert.equal(articleAnswerStatus(404, { method: 'HEAD', takenDown }), 410);
  assert.equal(articleAnswerStatus(404, { method: 'GET', takenDown: () => false }), 404);
  assert.equal(articleAnswerStatus(200, { method: 'GET', takenDown }), 200);
  assert.equal(articleAnswerStatus(404, { method: 'POST', takenDown }), 404);
  assert.equal(asked, 1, 'the database is asked only about a 404');
});

test('action calls with a text/plain body skip the proxy outside the staff area (the front door checks them); form posts do not', () => {
  const matches = (url: string, headers: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });
  const textCall = { 'next-action': 'abc123', 'content-type': 'text/plain;charset=UTF-8' };
  assert.equal(matches('/articles/some-story', textCall), false);
  assert.equal(matches('/staff/stories/1', textCall), true);
  assert.equal(matches('/articles/some-story', { 'next-action': 'abc123', 'content-type': 'multipart/form-data; boundary=x' }), true);
  assert.equal(matches('/articles/some-story', { 'next-action': 'abc123', 'content-type': 'application/json' }), true);
  assert.equal(matches('/staff/sign-in', { 'content-type': 'application/x-www-form-urlencoded' }), true);
  assert.equal(matches('/articles/some-story', {}), false);
});
