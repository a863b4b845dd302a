import { expect, test } from '@playwright/test';

test('unknown sections, stories, authors and topics answer 404 with a helpful page', async ({ page }) => {
  for (const path of ['/sections/astrology', '/articles/no-such-story', '/authors/nobody', '/tags/nothing', '/no/such/route']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
    // Inside the site's frame, drawn once (the 404 must not bring a second masthead along).
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('search'), path).toHaveCount(1);
  }
});

test('bad page numbers are a 404, never a 500', async ({ page }) => {
  for (const query of ['page=-1', 'page=abc', 'page=0', 'page=99999999', 'page=1.5', 'page=1&page=2']) {
    const response = await page.goto(`/sections/world?${query}`);
    expect(response?.status(), query).toBe(404);
  }
});

test('the most-read list answers for the periods pages show, and a clear 400 for any other', async ({ request }) => {
  const week = await request.get('/most-read.json?period=week');
  expect(week.status()).toBe(200);
  expect(week.headers()['cache-control']).toContain('max-age=60');
  expect((await week.json()).stories.length).toBeGreaterThan(0);
  for (const query of ['', '?period=year', '?period=', `?period=${'w'.repeat(1000)}`]) {
    const response = await request.get(`/most-read.json${query}`);
    expect(response.status(), query.slice(0, 30)).toBe(400);
    expect(await response.text()).toBe('Ask for period=day or period=week.');
  }
});

test('SQL-looking and oversized input never reaches a 500 or a stack trace', async ({ request }) => {
  const attempts = [
    "/articles/x'%20OR%20'1'='1",
    '/sections/world%22%3B%20DROP%20TABLE%20articles%3B--',
    `/tags/${'a'.repeat(3000)}`,
    `/sections/world?q=${'x'.repeat(12_000)}`,
    `/?page=${'9'.repeat(200)}`,
  ];
  for (const path of attempts) {
    const response = await request.get(path);
    expect(response.status(), path.slice(0, 40)).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/at \w+ \(|SqliteError|node_modules/);
  }
  // The database survived all of it.
  const front = await request.get('/sections/world');
  expect(front.status()).toBe(200);
});

test('a 5 MB query string is refused cleanly', async ({ request }) => {
  // Node answers 431 before the app runs, or drops the connection; a 500 is never acceptable.
  const outcome = await request.get(`/?q=${'x'.repeat(5 * 1024 * 1024)}`).then(
    (response) => ({ status: response.status(), dropped: null }),
    (error: Error) => ({ status: null, dropped: error.message }),
  );
  if (outcome.status !== null) expect([400, 404, 413, 414, 431]).toContain(outcome.status);
  else expect(outcome.dropped).toMatch(/socket hang up|ECONNRESET|EPIPE|closed/i);
  // And the site still answers.
  expect((await request.get('/')).status()).toBe(200);
});
