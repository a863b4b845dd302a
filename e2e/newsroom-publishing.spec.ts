import type { Page } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import sharp from 'sharp';
import { siteLocalInputValue } from '@/lib/site-time';
import { expect, test } from './support/fixtures';

/** A JPEG as a phone writes it: EXIF with the photographer's name and a GPS position. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a6f97' } })
    .composite([{ input: Buffer.from('<svg width="1200" height="800"><circle cx="600" cy="400" r="250" fill="#f4d35e"/></svg>') }])
    .withExif({ IFD0: { Artist: 'Mara Quist' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '57/1 42/1 0/1' } })
    .jpeg()
    .toBuffer();
}

/** The status the server answers to an upload's headers alone: what it decides before taking in the body. */
function statusBeforeBody(pageUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const upload = httpRequest(new URL('/staff/images', pageUrl), { method: 'POST', headers }, (response) => {
      resolve(response.statusCode ?? 0);
      upload.destroy();
    });
    upload.on('error', reject);
    upload.flushHeaders();
  });
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Writes a new story in the editor and saves it as a draft; resolves with its editor URL. */
async function writeDraft(page: Page, headline: string, body = 'The first paragraph, with **bold** words.'): Promise<string> {
  await page.goto('/staff/stories/new');
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Standfirst').fill('A story written in the newsroom, end to end.');
  await page.getByLabel('Section').selectOption({ label: 'Science' });
  await page.getByLabel('Add an author to the byline').selectOption({ index: 1 });
  await page.getByLabel('Tags, separated by commas').fill(`Newsroom ${headline.slice(-6)}, Science policy`);
  await page.getByLabel('Story (Markdown)').fill(body);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/staff\/stories\/\d+\/edit$/);
  return page.url();
}

test('a writer drafts a story with a picture and submits it, an editor publishes it, and readers find it at once, with the picture', async ({
  writerPage,
  editorPage,
  request,
}) => {
  const headline = `Tidal turbines light a harbour town ${unique()}`;
  await writerPage.goto('/staff/stories/new');
  // The preview is the reader's renderer and sanitizer: markup renders, scripts do not.
  await writerPage
    .getByLabel('Story (Markdown)')
    .fill('Power came on at **dawn**.\n\n<script>window.previewRan = true</script><img src=x onerror="window.previewRan = true">');
  await expect(writerPage.getByTestId('story-preview').locator('strong')).toHaveText('dawn');
  await expect(writerPage.getByTestId('story-preview').locator('script, [onerror]')).toHaveCount(0);
  expect(await writerPage.evaluate(() => (window as { previewRan?: boolean }).previewRan)).toBeUndefined();

  const editorUrl = await writeDraft(writerPage, headline, 'Power came on at **dawn**, and stayed on.');
  await expect(writerPage.locator('.kicker').first()).toHaveText('Draft');
  await expect(writerPage.getByRole('button', { name: 'Publish' })).toHaveCount(0);

  // A phone photo, with the photographer's name and where it was taken in its EXIF.
  await writerPage.getByLabel(/Choose a picture/).setInputFiles({ name: 'harbour.png.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  const preview = writerPage.locator('[class*=leadImagePreview] img');
  await expect(preview).toBeVisible({ timeout: 15_000 });
  const hash = /\/media\/([a-f0-9]{32})-/.exec((await preview.getAttribute('src'))!)![1]!;
  // Without alt text the save is refused, and everything typed stays.
  await writerPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(writerPage.getByText('Describe the picture for readers who cannot see it (alt text).')).toBeVisible();
  await expect(writerPage.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await writerPage.getByLabel(/^Alt text/).fill('Turbine blades turning in the harbour at first light');
  await writerPage.getByLabel('Caption (optional)').fill('The first turbine went in on Monday.');
  await writerPage.getByLabel(/^Credit/).fill('Mara Quist');
  // A save, then the state change: it carries the version that save made (no conflict with oneself).
  await writerPage.getByLabel('Story (Markdown)').fill('Power came on at **dawn**, and stayed on all day.');
  await writerPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(writerPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await writerPage.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writerPage.locator('.kicker').first()).toHaveText('In review');

  await editorPage.goto(editorUrl);
  await expect(editorPage.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await expect(editorPage.getByLabel(/^Alt text/)).toHaveValue('Turbine blades turning in the harbour at first light');
  await editorPage.getByRole('button', { name: 'Publish' }).click();
  await expect(editorPage.locator('.kicker').first()).toHaveText('Published');
  const slug = (await editorPage.getByRole('link', { name: 'Read it on the site' }).getAttribute('href'))!;

  // Front page, section and feed show it, with its picture, within 2 s of the click, not when their caches expire.
  for (const path of ['/', '/sections/science', '/sections/science/feed.xml', slug]) {
    await expect
      .poll(
        async () => {
          const page = await (await request.get(path)).text();
          return page.includes(headline) && page.includes(`/media/${hash}-`);
        },
        { message: path, timeout: 2500, intervals: [200] },
      )
      .toBe(true);
  }
  await writerPage.goto(slug);
  await expect(writerPage.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(writerPage.locator('article strong')).toHaveText('dawn');
  const picture = writerPage.getByRole('img', { name: 'Turbine blades turning in the harbour at first light' });
  await expect(picture).toHaveAttribute('loading', 'eager');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await picture.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(new RegExp(`/media/${hash}-\\d+\\.avif$`));
  await expect(writerPage.locator('figcaption')).toHaveText('The first turbine went in on Monday. Mara Quist');
  await expect(writerPage.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const shared = (await writerPage.locator('meta[property="og:image"]').getAttribute('content'))!;
  const served = await request.get(shared);
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const copy = await sharp(await served.body()).metadata();
  expect([copy.format, copy.exif], 'the served copy is a JPEG without EXIF (no name, no GPS position)').toEqual(['jpeg', undefined]);
});

test('a file that is not a picture, or is too large, is refused with a clear message; nobody signed out can upload', async ({
  writerPage,
  request,
}) => {
  await writerPage.goto('/staff/stories/new');
  const chooser = writerPage.getByLabel(/Choose a picture/);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(1)</script></svg>';
  await chooser.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(svg) });
  await expect(writerPage.getByRole('alert').filter({ hasText: 'SVG drawings are not accepted' })).toBeVisible();
  await chooser.setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('minutes of the meeting') });
  await expect(writerPage.getByRole('alert').filter({ hasText: 'Upload a JPEG, PNG, WebP or AVIF image.' })).toBeVisible();
  await chooser.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(21 * 1024 * 1024) });
  await expect(writerPage.getByRole('alert').filter({ hasText: 'larger than 20 MB' })).toBeVisible();
  await expect(writerPage.locator('[class*=leadImagePreview]')).toHaveCount(0);

  // The same refusals without the browser's help: 413 for the size, 415 for what it is.
  const headers = { 'content-type': 'image/jpeg', origin: new URL(writerPage.url()).origin };
  const cookie = (await writerPage.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  expect(await statusBeforeBody(writerPage.url(), { ...headers, cookie, 'content-length': String(21 * 1024 * 1024) })).toBe(413);
  const notAPicture = await writerPage.request.post('/staff/images', { data: Buffer.from(svg), headers });
  expect([notAPicture.status(), (await notAPicture.json()).error]).toEqual([415, expect.stringContaining('SVG')]);
  const crossSite = await writerPage.request.post('/staff/images', {
    data: await phonePhoto(),
    headers: { ...headers, origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  // Signed out: turned away before a byte of the body is taken in (a 64 KB form would get 413 instead).
  expect(await statusBeforeBody(writerPage.url(), { ...headers, 'content-length': String(5 * 1024 * 1024) })).toBe(401);
  const anonymous = await request.post('/staff/images', { data: Buffer.alloc(100 * 1024), headers });
  expect(anonymous.status()).toBe(401);
});

test("a writer's forged publish call is refused and the story stays unpublished", async ({ writerPage }) => {
  const headline = `A writer tries to publish alone ${unique()}`;
  await writeDraft(writerPage, headline);
  // The writer is offered "Submit for review" only; turn that button into a publish call.
  await writerPage.getByRole('button', { name: 'Submit for review' }).evaluate((button) => ((button as HTMLButtonElement).value = 'publish'));
  await writerPage.getByRole('button', { name: 'Submit for review' }).click();
  await expect(writerPage.getByRole('status').filter({ hasText: 'You are not allowed to do that.' })).toBeVisible();
  await writerPage.reload();
  await expect(writerPage.locator('.kicker').first()).toHaveText('Draft');
});

test('two people edit one story: the later save is refused with who changed it, and neither loses text', async ({ editorPage }) => {
  const headline = `Two desks edit one story ${unique()}`;
  const editorUrl = await writeDraft(editorPage, headline);
  const otherTab = await editorPage.context().newPage();
  await otherTab.goto(editorUrl);

  await editorPage.getByLabel('Headline', { exact: true }).fill(`${headline}, corrected`);
  await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  const mine = 'A paragraph typed in the other tab, which must not be lost.';
  await otherTab.getByLabel('Story (Markdown)').fill(mine);
  await otherTab.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(otherTab.getByRole('alert').filter({ hasText: 'Changed by' })).toHaveText(
    /^Changed by e2e-editor@broadsheet\.test at .+ since you opened it/,
  );
  await expect(otherTab.getByLabel('Story (Markdown)')).toHaveValue(mine);
  await expect(otherTab.getByTestId('conflicting-version')).toContainText(`${headline}, corrected`);
  await otherTab.close();
});

test('the story list finds stories by state, section and headline words', async ({ editorPage }) => {
  const word = unique();
  await writeDraft(editorPage, `Observatory reopens its dome ${word}`);
  await editorPage.goto(`/staff/stories?status=draft&q=${word}`);
  await expect(editorPage.getByRole('table').getByRole('link')).toHaveText([`Observatory reopens its dome ${word}`]);
  await editorPage.goto(`/staff/stories?status=published&q=${word}`);
  await expect(editorPage.getByText('No stories match.')).toBeVisible();
  expect((await editorPage.goto('/staff/stories?status=bogus'))!.status()).toBe(404);
  expect((await editorPage.goto('/staff/stories?page=-1'))!.status()).toBe(404);
});

test('staff compare two revisions word by word and restore an earlier one', async ({ editorPage }) => {
  const headline = `Night buses return to the valley ${unique()}`;
  const editorUrl = await writeDraft(editorPage, headline, 'Buses will run every hour.');
  await editorPage.getByLabel('Story (Markdown)').fill('Buses will run every thirty minutes.');
  await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await editorPage.getByRole('link', { name: 'Revisions' }).click();
  await expect(editorPage.getByRole('heading', { name: 'Changes from version 1 to version 2' })).toBeVisible();
  await expect(editorPage.locator('del')).toHaveText(['hour.']);
  await expect(editorPage.locator('ins')).toHaveText(['thirty minutes.']);

  await editorPage.getByRole('button', { name: 'Restore version 1' }).click();
  await expect(editorPage).toHaveURL(editorUrl);
  await expect(editorPage.getByLabel('Story (Markdown)')).toHaveValue('Buses will run every hour.');
  await expect(editorPage.getByText(/^Version 3 ·/)).toBeVisible();
});

test('an editor corrects a published story with a public note: readers see it dated on the page and in the feed', async ({
  editorPage,
  request,
  story,
}) => {
  await editorPage.goto(`/staff/stories/${story.id}/edit`);
  const note = `Correction: an earlier version gave the wrong date for the vote (${unique()}).`;
  await editorPage.getByLabel('Story (Markdown)').fill('The vote is on Thursday, not Tuesday.');
  await editorPage.getByLabel(/^Public note on this change/).fill(note);
  await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(editorPage.getByLabel(/^Public note on this change/)).toHaveValue(''); // never added twice

  await expect.poll(async () => (await request.get(`/articles/${story.slug}`)).text(), { timeout: 2500, intervals: [200] }).toContain(note);
  await editorPage.goto(`/articles/${story.slug}`);
  const corrections = editorPage.getByRole('region', { name: 'Corrections and updates' });
  await expect(corrections.getByRole('listitem')).toHaveText([
    new RegExp(`^\\w+ \\d+, \\d{4}, \\d+:\\d\\d [ap]\\.m\\. ${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  ]);
  await expect(editorPage.getByText(/· Updated/)).toBeVisible();
  await expect.poll(async () => (await request.get('/sections/science/feed.xml')).text(), { timeout: 2500, intervals: [200] }).toContain(note);
});

test('a story scheduled a few seconds ahead appears on the front page and in its section by itself', async ({ editorPage, request }) => {
  const headline = `Comet visible over the bay tonight ${unique()}`;
  await writeDraft(editorPage, headline);
  const goesLive = new Date(Math.ceil((Date.now() + 6000) / 1000) * 1000);
  await editorPage.getByLabel('Publish at (site time; empty: now)').fill(siteLocalInputValue(goesLive, { seconds: true }));
  await editorPage.getByRole('button', { name: 'Publish' }).click();
  await expect(editorPage.locator('.kicker').first()).toHaveText('Scheduled');
  expect(await (await request.get('/')).text()).not.toContain(headline);

  // Nobody touches anything from here: the front page and the section show it at its time.
  for (const path of ['/', '/sections/science']) {
    await expect.poll(async () => (await request.get(path)).text(), { message: path, timeout: 15_000, intervals: [250] }).toContain(headline);
  }
  expect(Date.now()).toBeGreaterThanOrEqual(goesLive.getTime());
  expect(Date.now() - goesLive.getTime()).toBeLessThan(3000); // at its time, give or take a render and a poll
});

test('a new slug keeps the old address as a 301 to the new one, and a taken-down story answers 410 Gone', async ({ editorPage, request, story }) => {
  await editorPage.goto(`/staff/stories/${story.id}/edit`);
  const newSlug = `${story.slug.slice(0, 150)}-renamed`;
  await editorPage.getByLabel(/^Address \(slug/).fill(newSlug);
  await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await expect.poll(async () => (await request.get(`/articles/${story.slug}`, { maxRedirects: 0 })).status(), { timeout: 2500 }).toBe(301);
  const moved = await request.get(`/articles/${story.slug}?from=newsletter`, { maxRedirects: 0 });
  expect(moved.headers()['location']).toBe(`/articles/${newSlug}`);
  await editorPage.goto(`/articles/${story.slug}`);
  await expect(editorPage).toHaveURL(new RegExp(`/articles/${newSlug}$`));
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText(story.headline);

  await editorPage.goto(`/staff/stories/${story.id}/edit`);
  await editorPage.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editorPage.locator('.kicker').first()).toHaveText('Unpublished');
  for (const slug of [newSlug, story.slug]) {
    await expect.poll(async () => (await request.get(`/articles/${slug}`, { maxRedirects: 0 })).status(), { message: slug, timeout: 2500 }).toBe(410);
  }
  expect((await request.get('/articles/no-such-story-was-ever-here')).status()).toBe(404);
});

test('a draft saves itself once typing pauses, and a reload finds the text', async ({ writerPage }) => {
  const editorUrl = await writeDraft(writerPage, `Harbour wall repairs start early ${unique()}`);
  const text = 'Work starts on Monday. The harbour stays open, but the east quay closes for a week.';
  await writerPage.getByLabel('Story (Markdown)').fill(text);
  await expect(writerPage.getByRole('status').filter({ hasText: /^Saved automatically at .+ \(version 2\)\.$/ })).toBeVisible({ timeout: 10_000 });
  // Typing on after an autosave carries the new version: the next save is not a conflict.
  await writerPage.getByLabel('Story (Markdown)').fill(`${text} Fishing boats move to the west quay.`);
  await writerPage.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(writerPage.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await writerPage.goto(editorUrl);
  await expect(writerPage.getByLabel('Story (Markdown)')).toHaveValue(`${text} Fishing boats move to the west quay.`);
  await expect(writerPage.getByText(/^Version 3 ·/)).toBeVisible();
});
