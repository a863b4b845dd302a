import { test as base, expect, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { slugify } from '@/lib/slug';
import { e2eDatabasePath } from './e2e-env';
import { e2eStaff, staffStorageState } from './staff-account';

/** A published story that belongs to one test alone, in its own topic. */
export type Story = { id: number; slug: string; headline: string; sectionSlug: string; sectionName: string; tagSlug: string; tagName: string };

/** Inserts a story straight into the e2e database, as if the newsroom had just published it. */
function publishStory(label: string): Story {
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const headline = `${label} (${unique})`;
  const slug = slugify(headline).slice(0, 180);
  const db = new Database(e2eDatabasePath);
  db.pragma('busy_timeout = 5000');
  try {
    const section = db.prepare("SELECT id, slug, name FROM sections WHERE slug = 'science'").get() as { id: number; slug: string; name: string };
    const author = db.prepare('SELECT id FROM authors ORDER BY id LIMIT 1').get() as { id: number };
    const now = Math.floor(Date.now() / 1000);
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of a story written for one end-to-end test.`).join('\n\n');
    const { id } = db
      .prepare(
        `INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at)
         VALUES (?, ?, 'A story of its own for one test.', ?, ?, ?, 'published', ?, ?, ?) RETURNING id`,
      )
      .get(slug, headline, body, section.id, author.id, now - 60, now - 60, now - 60) as { id: number };
    const tagName = `Topic ${unique}`;
    const tag = db.prepare('INSERT INTO tags (slug, name) VALUES (?, ?) RETURNING id, slug').get(`topic-${unique}`, tagName) as {
      id: number;
      slug: string;
    };
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(id, tag.id);
    return { id, slug, headline, sectionSlug: section.slug, sectionName: section.name, tagSlug: tag.slug, tagName };
  } finally {
    db.close();
  }
}

/** Runs SQL against the e2e database: for changes made outside the site (a fix by hand). */
export function changeDatabase(sql: string, ...params: unknown[]) {
  const db = new Database(e2eDatabasePath);
  db.pragma('busy_timeout = 5000');
  try {
    return db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** One number from the e2e database (null reads as 0): what a test compares the page with. */
export function numberFromDatabase(sql: string, ...params: unknown[]): number {
  const db = new Database(e2eDatabasePath, { readonly: true });
  try {
    return (
      (db
        .prepare(sql)
        .pluck()
        .get(...params) as number | null) ?? 0
    );
  } finally {
    db.close();
  }
}

type Fixtures = {
  /** A fresh published story, so no other test's views or edits touch it. */
  story: Story;
  /** A page signed in as the e2e editor (state saved once by staff.setup.ts). */
  editorPage: Page;
  /** A page signed in as the e2e writer, who may not publish or refresh stories. */
  writerPage: Page;
  /** A page signed in as the e2e admin (the only admin in the e2e database). */
  adminPage: Page;
};

export const test = base.extend<Fixtures>({
  story: async ({}, use, testInfo) => {
    await use(publishStory(`E2E ${testInfo.title.slice(0, 60)}`));
  },
  editorPage: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: staffStorageState('editor') });
    await use(await context.newPage());
    await context.close();
  },
  writerPage: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: staffStorageState('writer') });
    await use(await context.newPage());
    await context.close();
  },
  adminPage: async ({ browser }, use) => {
    const context = await browser.newContext({ storageState: staffStorageState('admin') });
    await use(await context.newPage());
    await context.close();
  },
});

export { expect, e2eStaff };

export const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
export const desktopChrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

/**
 * The request the story page makes to record a view, captured from a crawler's visit (which
 * counts nothing), so a test can replay it as a forger or a script would.
 */
export async function captureViewAction(browser: Browser, story: Story) {
  const context = await browser.newContext({ userAgent: googlebot });
  const page = await context.newPage();
  const actionCall = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await page.goto(`/articles/${story.slug}`);
  const call = await actionCall;
  await expect(page.getByTestId('view-count')).toHaveAttribute('data-state', 'recorded');
  await context.close();
  return {
    path: `/articles/${story.slug}`,
    postData: call.postData()!,
    headers: { 'next-action': call.headers()['next-action']!, 'content-type': 'text/plain;charset=UTF-8', 'user-agent': desktopChrome },
    /** A body for a new visitor: a fresh random token each call. */
    newVisitorBody: () => JSON.stringify([{ articleId: story.id, visitorToken: `e2e${crypto.randomUUID().replaceAll('-', '')}` }]),
  };
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
