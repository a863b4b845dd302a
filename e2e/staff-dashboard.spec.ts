import { downloadCsvFrom } from './support/downloads';
import { captureViewAction, e2eStaff, expect, signIn, test } from './support/fixtures';

test('anonymous visitors get the sign-in form and no figures', async ({ page, request, story }) => {
  for (const path of ['/staff', '/staff?period=30d', `/staff/stories/${story.id}`]) {
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
  expect(forged.headers()['cache-control']).toContain('no-store');
});

test('a wrong password is refused with a message', async ({ page }) => {
  await signIn(page, { email: e2eStaff.editor.email, password: 'not the password at all' });
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

test('staff see the count readers see, by story id, and their own reading adds nothing', async ({ browser, editorPage: page, story }) => {
  for (let i = 0; i < 2; i++) {
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(`/articles/${story.slug}`);
    await expect(readerPage.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
    await reader.close();
  }

  await page.goto(`/staff/stories/${story.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
  await expect(page.getByTestId('totals-all-time')).toContainText('2 views');

  // A signed-in editor reading the story does not add to it.
  await page.goto(`/articles/${story.slug}`);
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await expect(page.getByTestId('view-count')).toHaveText('2 views');

  await page.goto(`/staff/stories/${story.id}`);
  const { lines } = await downloadCsvFrom(page, 'Views per day since publication');
  expect(lines[0]).toBe('"day","views","visitors"');
  // Newest day first, as the table lists them.
  expect(lines[1]).toMatch(/^"\d{4}-\d{2}-\d{2}",2,2$/);
});

test('the dashboard tables download as CSV with the rows shown', async ({ editorPage: page }) => {
  await page.goto('/staff?period=30d');
  await expect(page.getByRole('heading', { name: 'Readership' })).toBeVisible();
  await expect(page.getByTestId('totals-today')).toContainText('views');
  const { filename, lines } = await downloadCsvFrom(page, /Top stories/);
  expect(filename).toMatch(/^broadsheet-top-stories-30d-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(lines[0]).toBe('"rank","headline","section","published_at","views","visitors","all_time_views"');
  expect(lines.length - 1).toBe(await page.getByTestId('top-story').count());
  const firstShown = await page.getByTestId('top-story').first().getByRole('link').innerText();
  expect(lines[1]).toContain(`"${firstShown.replaceAll('"', '""')}"`);

  const { lines: sectionLines } = await downloadCsvFrom(page, /By section/);
  expect(sectionLines[0]).toBe('"section","views","share_percent"');
  expect(
    sectionLines
      .slice(1)
      .map((l) => l.split(',')[0]!.replaceAll('"', ''))
      .sort(),
  ).toEqual(['Business', 'Culture', 'Politics', 'Science', 'Sport', 'World']);
});

test('sign-in sets a protected cookie, and sign-out ends the session on the server', async ({ page, context, browser }) => {
  await signIn(page, e2eStaff.editor);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByText(`Signed in as ${e2eStaff.editor.email} (editor)`)).toBeVisible();
  const sessionCookie = (await context.cookies()).find((c) => c.name === 'bs_staff')!;
  expect(sessionCookie.httpOnly).toBe(true);
  expect(sessionCookie.sameSite).toBe('Lax');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in$/);

  // The old cookie, replayed, no longer opens anything.
  const replay = await browser.newContext();
  await replay.addCookies([sessionCookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto('/staff');
  await expect(replayPage).toHaveURL(/\/staff\/sign-in$/);
  expect((await replay.request.get('/staff/export/top-stories')).status()).toBe(401);
  await replay.close();
});

test('unknown periods and stories are a 404 for staff too', async ({ editorPage: page }) => {
  expect((await page.goto('/staff?period=forever'))?.status()).toBe(404);
  for (const id of ['987654', 'abc', '-1', '1e3', '9'.repeat(40)]) expect((await page.goto(`/staff/stories/${id}`))?.status(), id).toBe(404);
  expect((await page.request.get('/staff/export/stories/987654/daily-views')).status()).toBe(404);
  expect((await page.request.get('/staff/export/no-such-report')).status()).toBe(404);
  expect((await page.request.get('/staff/export/top-stories?compare=last-year')).status()).toBe(400);
  expect((await page.request.get('/staff/export/top-stories?format=xlsx')).status()).toBe(400);
});

test('a script posting views with forged X-Forwarded-For headers is one address, and staff see it as suspicious', async ({
  browser,
  editorPage: page,
  request,
  story,
}) => {
  const { path, headers, newVisitorBody } = await captureViewAction(browser, story);
  for (let i = 0; i < 32; i++) {
    const forged = { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-real-ip': `203.0.113.${i + 1}` };
    const answer = await request.post(path, { headers: { ...headers, ...forged }, data: newVisitorBody() });
    expect(await answer.text()).toContain('"counted":true');
  }
  await page.goto('/staff');
  const row = page.getByRole('region', { name: /Suspicious traffic/ }).getByRole('row', { name: story.headline });
  // 32 views, one address (127.0.0.1, whatever the headers said), all of them from it.
  await expect(row.getByRole('cell')).toHaveText([story.headline, '32', '1', '100.0%']);
  const json = await (await page.request.get('/staff/export/suspicious-traffic?format=json')).json();
  expect(json.rows).toContainEqual({ headline: story.headline, views: 32, addresses: 1, top_address_share_percent: 100 });
});

test('signing in again offers to end the other session, which then stops working', async ({ browser }) => {
  const first = await browser.newContext();
  const firstPage = await first.newPage();
  await signIn(firstPage, e2eStaff.roaming);
  await expect(firstPage).toHaveURL(/\/staff$/);
  const second = await browser.newContext();
  const secondPage = await second.newPage();
  await signIn(secondPage, e2eStaff.roaming);
  await secondPage.getByRole('button', { name: 'Sign out everywhere else' }).click();
  await expect(secondPage.getByRole('status')).toContainText('Signed out everywhere else');
  await firstPage.reload();
  await expect(firstPage).toHaveURL(/\/staff\/sign-in$/);
  await secondPage.reload();
  await expect(secondPage.getByRole('heading', { name: 'Readership' })).toBeVisible();
  await Promise.all([first.close(), second.close()]);
});
