import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { e2eStaff } from './support/staff-account';

async function signIn(page: Page, { email = e2eStaff.email, password = e2eStaff.password } = {}) {
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('anonymous visitors get the sign-in form and no figures', async ({ page, request }) => {
  for (const path of ['/staff', '/staff?period=30d', '/staff/articles/wage-growth-outpaces-inflation-for-the-sixth-month-running']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
    await expect(page.getByText(/views/i)).toHaveCount(0);
  }
  const csv = await request.get('/staff/export/top-stories?period=7d', { maxRedirects: 0 });
  expect([302, 307, 401]).toContain(csv.status());
  expect(await csv.text()).not.toContain('headline');
  // A made-up cookie gets past the proxy's quick check but not the real session check.
  const forged = await request.get('/staff/export/top-stories', { headers: { cookie: 'bs_staff=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
  expect(forged.status()).toBe(401);
});

test('a wrong password is refused with a message', async ({ page }) => {
  await signIn(page, { password: 'not the password at all' });
  await expect(page.getByText('That email and password do not match a staff account.')).toBeVisible();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
});

test('repeated failures are throttled with a clear wait time', async ({ page }) => {
  for (let i = 0; i < 5; i++) {
    await signIn(page, { email: 'someone-else@broadsheet.test', password: `guess number ${i}` });
    await expect(page.getByText('That email and password do not match a staff account.')).toBeVisible();
  }
  await signIn(page, { email: 'someone-else@broadsheet.test', password: 'guess number 6' });
  await expect(page.getByText(/^Too many attempts\. Try again in \d+ minutes?\.$/)).toBeVisible();
});

test('staff see the same count readers see, their own visits are not counted, CSV downloads, sign-out ends the session', async ({
  page,
  browser,
  context,
}) => {
  const slug = 'why-the-city-is-warmer-at-night-than-the-countryside';
  // Two readers in their own browsers.
  for (let i = 0; i < 2; i++) {
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(`/articles/${slug}`);
    await expect(readerPage.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
    await reader.close();
  }
  const probe = await browser.newContext({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1)' });
  const probePage = await probe.newPage();
  await probePage.goto(`/articles/${slug}`);
  await expect(probePage.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  const publicCount = (await probePage.getByTestId('view-count').innerText()).replace('Views: ', '');
  await probe.close();

  await signIn(page);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { name: 'Readership' })).toBeVisible();
  await expect(page.getByTestId('totals-today')).toContainText('views');

  await page.goto(`/staff/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why the city is warmer at night than the countryside');
  await expect(page.getByTestId('totals-all-time')).toContainText(`${publicCount} views`);

  // A signed-in editor reading the story does not add to it.
  await page.goto(`/articles/${slug}`);
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await expect(page.getByTestId('view-count')).toHaveText(`Views: ${publicCount}`);

  await page.goto('/staff?period=30d');
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: /Top stories/ })
    .getByRole('link', { name: 'Download CSV' })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^broadsheet-top-stories-30d-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await file.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('rank,headline,section,published_at,period_views,period_visitors,all_time_views,url');
  const shownRows = await page.getByTestId('top-story').count();
  expect(lines.length - 1).toBe(shownRows);
  const firstShown = await page.getByTestId('top-story').first().getByRole('link').innerText();
  expect(lines[1]).toContain(firstShown.includes(',') ? `"${firstShown}"` : firstShown);

  const sectionDownload = page.waitForEvent('download');
  await page
    .getByRole('region', { name: /By section/ })
    .getByRole('link', { name: 'Download CSV' })
    .click();
  const sectionLines = readFileSync((await (await sectionDownload).path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(sectionLines[0]).toBe('section,views,visitors');
  expect(
    sectionLines
      .slice(1)
      .map((l) => l.split(',')[0])
      .sort(),
  ).toEqual(['Business', 'Culture', 'Politics', 'Science', 'Sport', 'World']);

  const sessionCookie = (await context.cookies()).find((c) => c.name === 'bs_staff')!;
  expect(sessionCookie.httpOnly).toBe(true);
  expect(sessionCookie.sameSite).toBe('Lax');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);

  // The old cookie, replayed, no longer opens anything.
  const replay = await browser.newContext();
  await replay.addCookies([sessionCookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto('/staff');
  await expect(replayPage).toHaveURL(/\/staff\/sign-in$/);
  const csv = await replay.request.get('/staff/export/top-stories');
  expect(csv.status()).toBe(401);
  await replay.close();
});

test('unknown periods and stories are a 404 for staff too', async ({ page }) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/staff$/);
  expect((await page.goto('/staff?period=forever'))?.status()).toBe(404);
  expect((await page.goto('/staff/articles/no-such-story'))?.status()).toBe(404);
});
