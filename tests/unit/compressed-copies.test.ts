import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressThroughCopies, isCompressibleReaderPageRequest } from '@/lib/http/compress-reader-pages';
import { createCompressedCopies, preferredCoding } from '@/lib/http/compressed-copies';

const page = `<!doctype html><html><body>${'<p>The council met on Tuesday and decided.</p>'.repeat(400)}</body></html>`;

/** A server answering like Next.js does for a cached page (headers set, then the body in pieces). */
async function serve(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  const copies = createCompressedCopies({ maxBytes: 1024 * 1024 });
  const server = createServer((req, res) => {
    if (isCompressibleReaderPageRequest(req)) compressThroughCopies(req, res, copies);
    answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const get = (path: string, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  return { copies, get, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('a cached page is compressed once and the same copy is sent to every reader who takes gzip', async () => {
  let plainAsks = 0;
  const site = await serve((req, res) => {
    if (req.headers['accept-encoding'] === undefined) plainAsks++;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('etag', '"v1"');
    res.setHeader('cache-control', 's-maxage=30, stale-while-revalidate=60');
    res.writeHead(200, { 'content-length': String(Buffer.byteLength(page)) }); // the plain length, as Next gives it
    res.write(page.slice(0, 1000));
    res.end(page.slice(1000));
  });
  try {
    const first = await site.get('/articles/council-decides', { 'accept-encoding': 'gzip' });
    const bytesAfterFirst = site.copies.bytes;
    const second = await site.get('/articles/council-decides', { 'accept-encoding': 'gzip, deflate' });
    assert.equal(first.headers['content-encoding'], 'gzip');
    assert.equal(Number(first.headers['content-length']), first.body.length);
    assert.equal(gunzipSync(first.body).toString(), page);
    assert.ok(first.body.length < Buffer.byteLength(page) / 5);
    assert.deepEqual(second.body, first.body);
    assert.equal(site.copies.bytes, bytesAfterFirst, 'no second copy');
    assert.match(String(first.headers['vary']), /accept-encoding/i);
    assert.equal(plainAsks, 2, 'the app was asked for the plain page');
    // Browsers that take brotli (every current one) get its copy: smaller, and also made once.
    const brotli = await site.get('/articles/council-decides', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const brotliAgain = await site.get('/articles/council-decides', { 'accept-encoding': 'br' });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(brotli.body).toString(), page);
    assert.ok(brotli.body.length < first.body.length, `brotli ${brotli.body.length} bytes, gzip ${first.body.length}`);
    assert.deepEqual(brotliAgain.body, brotli.body);
    assert.equal(site.copies.bytes, bytesAfterFirst + brotli.body.length, 'one brotli copy beside the gzip one');
    // A reader who takes no gzip gets the plain page.
    const plain = await site.get('/articles/council-decides', {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), page);
  } finally {
    await site.close();
  }
});

test('a page that is not cached (no ETag) is compressed for its own answer and not kept', async () => {
  const site = await serve((_req, res) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html');
    res.end(page);
  });
  try {
    const answer = await site.get('/articles/no-such-story', { 'accept-encoding': 'gzip' });
    assert.equal(answer.status, 404);
    assert.equal(gunzipSync(answer.body).toString(), page);
    assert.equal(site.copies.bytes, 0);
  } finally {
    await site.close();
  }
});

test('only reader pages asked for as HTML by a client that takes brotli or gzip go through the copies', () => {
  const req = (url: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET') =>
    ({ url, method, headers }) as unknown as IncomingMessage;
  assert.equal(isCompressibleReaderPageRequest(req('/')), true);
  assert.equal(isCompressibleReaderPageRequest(req('/sections/world?page=2')), true);
  assert.equal(isCompressibleReaderPageRequest(req('/staff')), false);
  assert.equal(isCompressibleReaderPageRequest(req('/_next/static/chunks/a.js')), false);
  assert.equal(isCompressibleReaderPageRequest(req('/articles/a', { 'accept-encoding': 'gzip', rsc: '1' })), false);
  assert.equal(isCompressibleReaderPageRequest(req('/articles/a', {}, 'GET')), false);
  assert.equal(isCompressibleReaderPageRequest(req('/articles/a', { 'accept-encoding': 'gzip' }, 'POST')), false);
  assert.equal(preferredCoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(preferredCoding('br;q=0, gzip'), 'gzip');
  assert.equal(preferredCoding('br;q=0, gzip;q=0'), null);
  assert.equal(preferredCoding('deflate'), null);
  assert.equal(preferredCoding('*'), 'br');
  assert.equal(preferredCoding(undefined), null);
});

test('past its size the least recently used copies are dropped', async () => {
  const copies = createCompressedCopies({ maxBytes: 150 }); // two of the three (about 60 bytes each gzipped)
  const random = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(Math.random() * 256)));
  await copies.compressOnce('a', random(40), 'gzip');
  await copies.compressOnce('b', random(40), 'gzip');
  await copies.compressOnce('a', random(40), 'gzip'); // read again: now the most recent
  await copies.compressOnce('c', random(40), 'gzip');
  assert.deepEqual([copies.has('a'), copies.has('b'), copies.has('c')], [true, false, true]);
  assert.ok(copies.bytes <= 150);
});
