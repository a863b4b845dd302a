import assert from 'node:assert/strict';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { holdRequestBody } from '@/lib/http/held-request-body';
import { isScriptActionCall, screenScriptActionCall } from '@/lib/http/script-action-calls';

const headers = (values: Record<string, string>) => (name: string) => values[name];
const call = { 'next-action': 'abc123', 'content-type': 'text/plain;charset=UTF-8', host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' };

test('only POSTs with a next-action header and a text/plain body are the front door’s to check', () => {
  assert.ok(isScriptActionCall('POST', headers(call)));
  assert.ok(!isScriptActionCall('GET', headers(call)));
  assert.ok(!isScriptActionCall('POST', headers({ ...call, 'content-type': 'multipart/form-data; boundary=x' })));
  assert.ok(!isScriptActionCall('POST', headers({ 'content-type': 'text/plain' })));
});

test('a cross-site call gets 403, a malformed one 400, a well-formed one goes on', () => {
  assert.equal(screenScriptActionCall(headers({ ...call, origin: 'https://evil.example' }), '[]')?.status, 403);
  for (const body of ['42', 'null', '["$Q0"]', '[{"articleId": 1,', '['.repeat(20_000) + ']'.repeat(20_000)]) {
    assert.equal(screenScriptActionCall(headers(call), body)?.status, 400, body.slice(0, 12));
  }
  assert.equal(screenScriptActionCall(headers(call), JSON.stringify(['x'.repeat(70 * 1024)]))?.status, 413);
  assert.equal(screenScriptActionCall(headers(call), '[{"articleId":1,"visitorToken":"abc"}]'), null);
});

/** A server that holds each body, answers with what a later reader of the request gets after the release. */
async function holdingServer(onHeld: (req: IncomingMessage) => void = () => {}) {
  const server = createServer((req, res) => {
    const held = holdRequestBody(req, res);
    // A reader that starts at once, as Next.js would, gets nothing until the release.
    const chunks: Buffer[] = [];
    let releasedAt = 0;
    let firstDataAt = 0;
    req.on('data', (chunk: Buffer) => {
      firstDataAt ||= performance.now();
      chunks.push(chunk);
    });
    req.on('end', () => res.end(JSON.stringify({ body: Buffer.concat(chunks).toString(), readBeforeRelease: firstDataAt < releasedAt })));
    void held.then((answer) => {
      onHeld(req);
      if (!answer) return;
      setTimeout(() => {
        releasedAt = performance.now();
        answer.release();
      }, 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

test('a held body reaches its reader whole, and only after the release', async () => {
  const { server, port } = await holdingServer();
  try {
    const body = `[${JSON.stringify('é'.repeat(30_000))}]`; // several chunks, multi-byte characters
    const answer = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body });
    const { body: read, readBeforeRelease } = (await answer.json()) as { body: string; readBeforeRelease: boolean };
    assert.equal(read, body);
    assert.equal(readBeforeRelease, false);
  } finally {
    server.close();
  }
});

test('a client that leaves before its body ends is let go, not held for ever', async () => {
  let settled = false;
  const { server, port } = await holdingServer(() => (settled = true));
  try {
    const req = request({ port, method: 'POST', headers: { 'content-length': '1000' } });
    req.on('error', () => {});
    req.write('[1,');
    await new Promise((resolve) => setTimeout(resolve, 50));
    req.destroy();
    for (let i = 0; i < 50 && !settled; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(settled);
  } finally {
    server.close();
  }
});
