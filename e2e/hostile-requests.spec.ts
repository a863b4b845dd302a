import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { expect, test } from './support/fixtures';
import { e2eBaseUrl } from './support/e2e-env';

const browserAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

/** Raw HTTP, for what Playwright's request client will not send (TRACE, a NUL, a chunked upload). */
function rawRequest({
  method = 'GET',
  path,
  headers = {},
  body,
}: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const url = new URL(e2eBaseUrl);
    const req = httpRequest({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('error', reject);
    if (body) for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
    req.end();
  });
}

/** Files under .next whose path names `marker` (the page cache stores pages under their address). */
function cacheFilesNaming(marker: string): string[] {
  return readdirSync('.next', { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && join(entry.parentPath, entry.name).includes(marker))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('unknown slugs answer 404 and write nothing to the page cache', async ({ request, story }) => {
  const marker = `no-such-thing-${Date.now()}`;
  for (const kind of ['articles', 'sections', 'authors', 'tags']) {
    expect((await request.get(`/${kind}/${marker}`)).status()).toBe(404);
  }
  // A real story's page is cached, which is how this test knows where to look.
  expect((await request.get(`/articles/${story.slug}`)).status()).toBe(200);
  await expect.poll(() => cacheFilesNaming(story.slug).length).toBeGreaterThan(0);
  expect(cacheFilesNaming(marker)).toEqual([]);
});

test('the content security policy lets pages load images only from this site', async ({ request }) => {
  const csp = (await request.get('/')).headers()['content-security-policy'] ?? '';
  expect(csp).toContain("img-src 'self' data:;");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https:(?!\/\/)/);
});

test('methods no page needs, over-long addresses and NULs are refused before the app runs', async () => {
  const trace = await rawRequest({ method: 'TRACE', path: '/' });
  expect(trace.status).toBe(405);
  expect((await rawRequest({ method: 'PUT', path: '/' })).status).toBe(405);
  const long = await rawRequest({ path: `/articles/${'a'.repeat(5000)}` });
  expect(long.status).toBe(400);
  expect(long.text).toBe('That address is too long.');
  expect((await rawRequest({ path: '/articles/a%00b' })).status).toBe(400);
});

test('malformed, cross-site and oversized action posts get 400, 403 and 413, never a 500', async ({ page, story }) => {
  const actionCall = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await page.goto(`/articles/${story.slug}`);
  const actionId = (await actionCall).headers()['next-action']!;
  const action = { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', origin: e2eBaseUrl, 'user-agent': browserAgent };
  const path = `/articles/${story.slug}`;
  for (const body of ['42', 'null', '["$Q0"]', '['.repeat(20_000) + ']'.repeat(20_000)]) {
    const answer = await rawRequest({ method: 'POST', path, headers: action, body: Buffer.from(body) });
    expect(answer.status, body.slice(0, 12)).toBe(400);
  }
  const brokenMultipart = await rawRequest({
    method: 'POST',
    path,
    headers: { ...action, 'content-type': 'multipart/form-data; boundary=xyz' },
    body: Buffer.from('--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[1'),
  });
  expect(brokenMultipart.status).toBe(400);
  // A chunked upload says no length up front; it is counted as it streams and stopped at 64 KB.
  const huge = await rawRequest({
    method: 'POST',
    path,
    headers: { ...action, 'content-type': 'multipart/form-data; boundary=xyz', 'transfer-encoding': 'chunked' },
    body: Buffer.alloc(200 * 1024, 'a'),
  }).catch(() => ({ status: 413, text: 'closed while uploading' }));
  expect(huge.status).toBe(413);
  // A plain HTML form post (no JavaScript) from another site. (Not to the sign-in page: there the
  // sign-in flood test, running alongside, may fill the front door's slots and get a 429 first.)
  const foreignForm = await rawRequest({
    method: 'POST',
    path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    body: Buffer.from('%24ACTION_ID_abc=&email=a%40b.c&password=x'),
  });
  expect(foreignForm.status).toBe(403);
  // And the story still counts its readers.
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
});

test('a flood of sign-ins gets 429 beyond the few that may wait for a password check, and never a 500', async ({ page }) => {
  // The sign-in call the form makes, captured once, then posted twelve times at once.
  const call = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/staff/sign-in'));
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email').fill('flood-0@broadsheet.test');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const captured = await call;
  const headers = { ...(await captured.allHeaders()), origin: e2eBaseUrl };
  const body = captured.postDataBuffer()!;
  const statuses = await Promise.all(
    Array.from({ length: 12 }, () =>
      rawRequest({ method: 'POST', path: '/staff/sign-in', headers: { ...headers, 'content-length': String(body.length) }, body }).then(
        (r) => r.status,
      ),
    ),
  );
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(statuses.filter((s) => s !== 429 && s !== 200)).toEqual([]);
  // Afterwards the form works as before.
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email').fill('flood-1@broadsheet.test');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match a staff account.')).toBeVisible();
});
