import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { viewActionId, viewActionRequest } from '@/bench/lib/view-action';
import { killLeftoverServers, serveUntilHealthy } from './support/server-process';

// Servers of their own, as an operator runs them: locks held by other tools, backups, restores.
test.describe.configure({ timeout: 120_000 });
test.afterEach(killLeftoverServers);

/** The first published story, or the last (a page no other test of these asks for, so no concurrent server caches it). */
function aStory(databasePath: string, which: 'first' | 'last' = 'first'): { id: number; slug: string; headline: string } {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return sqlite
      .prepare(`SELECT id, slug, headline FROM articles WHERE status = 'published' ORDER BY id ${which === 'first' ? 'ASC' : 'DESC'} LIMIT 1`)
      .get() as {
      id: number;
      slug: string;
      headline: string;
    };
  } finally {
    sqlite.close();
  }
}

async function timedFetch(url: string): Promise<{ ms: number; status: number }> {
  const started = Date.now();
  const response = await fetch(url);
  await response.text();
  return { ms: Date.now() - started, status: response.status };
}

test('while another process holds the write lock, pages keep answering at once and a view waits, then counts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-locked-'));
  const databasePath = join(dir, 'site.db');
  try {
    const server = await serveUntilHealthy({ port: 3298, databasePath });
    const story = aStory(databasePath);
    await timedFetch(`${server.baseUrl}/articles/${story.slug}`);

    const other = new Database(databasePath); // a backup tool, a migration, the staff CLI
    other.exec('BEGIN IMMEDIATE');
    const request = viewActionRequest({ baseUrl: server.baseUrl, actionId: viewActionId(), articleId: story.id });
    const view = fetch(`${server.baseUrl}/articles/${story.slug}`, { method: 'POST', headers: request.headers, body: request.body() }).then((r) =>
      r.text(),
    );
    // busy_timeout=5000 froze the whole server for 5 s per waiting view; cached pages took 8-9 s.
    const pages = [];
    for (const path of [`/articles/${story.slug}`, '/', '/sections/world', `/articles/${story.slug}`])
      pages.push(await timedFetch(server.baseUrl + path));
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 200]);
    expect(Math.max(...pages.map((p) => p.ms))).toBeLessThan(1500);
    const before = viewsOf(databasePath, story.id);
    other.exec('COMMIT');
    other.close();
    expect(await view).toMatch(/"counted":true/);
    expect(viewsOf(databasePath, story.id)).toBe(before + 1);
    await server.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function viewsOf(databasePath: string, id: number): number {
  const sqlite = new Database(databasePath, { readonly: true });
  try {
    return sqlite.prepare('SELECT view_count FROM articles WHERE id = ?').pluck().get(id) as number;
  } finally {
    sqlite.close();
  }
}

test('after npm run restore the site shows the restored database, not pages cached from the one it replaced', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-restore-'));
  const databasePath = join(dir, 'site.db');
  const env = { ...process.env, DATABASE_PATH: databasePath };
  try {
    let server = await serveUntilHealthy({ port: 3299, databasePath });
    const story = aStory(databasePath, 'last');
    await server.stop();
    const backup = /to (\S+\.db):/.exec(
      execFileSync('npm', ['run', '--silent', 'backup', '--', '--dir', join(dir, 'backups')], { env, encoding: 'utf8' }),
    )![1]!;

    // After the backup the story changes, and a server caches the changed page.
    const sqlite = new Database(databasePath);
    sqlite.prepare('UPDATE articles SET headline = ? WHERE id = ?').run('A headline written after the backup', story.id);
    sqlite.close();
    server = await serveUntilHealthy({ port: 3299, databasePath });
    expect(await (await fetch(`${server.baseUrl}/articles/${story.slug}`)).text()).toContain('A headline written after the backup');
    await server.stop();

    expect(execFileSync('npm', ['run', '--silent', 'restore', '--', backup], { env, encoding: 'utf8' })).toContain(`restored ${databasePath}`);
    server = await serveUntilHealthy({ port: 3299, databasePath });
    const page = await (await fetch(`${server.baseUrl}/articles/${story.slug}`)).text();
    expect(page).not.toContain('A headline written after the backup');
    expect(page).toContain(story.headline.replaceAll("'", '&#x27;'));
    await server.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
