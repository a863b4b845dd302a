import { test as base, expect, type Page } from '@playwright/test';
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

type Fixtures = {
  /** A fresh published story, so no other test's views or edits touch it. */
  story: Story;
  /** A page signed in as the e2e editor (state saved once by staff.setup.ts). */
  editorPage: Page;
  /** A page signed in as the e2e writer, who may not publish or refresh stories. */
  writerPage: Page;
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
});

export { expect, e2eStaff };

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto('/staff/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
