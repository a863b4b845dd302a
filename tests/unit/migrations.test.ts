import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '@/db/client';
import { migrationsFolder, runMigrations } from '@/db/migrate';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-migrations-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder that stops before `tag`: the schema as an older release had it. */
function migrationsBefore(tag: string): string {
  const folder = join(dir, `before-${tag}`);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const stop = journal.entries.findIndex((e) => e.tag === tag);
  assert.ok(stop > 0, `no migration ${tag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, stop) }));
  return folder;
}

function populatedOldDatabase(name: string, tag: string) {
  const db = openDatabase(join(dir, `${name}.db`));
  runMigrations(db, migrationsBefore(tag));
  db.$client.exec(`
    INSERT INTO sections (id, slug, name, description) VALUES (1, 'world', 'World', 'd');
    INSERT INTO authors (id, slug, name, role, bio) VALUES (1, 'ana', 'Ana', 'Reporter', 'b');
    INSERT INTO tags (id, slug, name) VALUES (1, 'climate', 'Climate');
    INSERT INTO articles (id, slug, headline, standfirst, body, section_id, author_id, status, published_at, updated_at, view_count)
      VALUES (1, 'glacier-moves', 'Glacier moves', 's', 'b', 1, 1, 'published', 1700000000, 1700003600, 12);
    INSERT INTO article_tags (article_id, tag_id) VALUES (1, 1);
    INSERT INTO article_daily_views (article_id, day, views, visitors) VALUES (1, '2024-01-01', 7, 5), (1, '2024-01-02', 5, 4);
  `);
  return db;
}

test('the site-totals backfill adds up the per-article rows that existed before it', () => {
  const db = populatedOldDatabase('backfill', '0004_backfill_site_daily_views');
  db.$client.exec("INSERT INTO site_daily_views (day, views, visitors) VALUES ('2024-01-02', 99, 99)"); // counted live: kept
  runMigrations(db);
  assert.deepEqual(db.$client.prepare('SELECT day, views, visitors FROM site_daily_views ORDER BY day').all(), [
    { day: '2024-01-01', views: 7, visitors: 5 },
    { day: '2024-01-02', views: 99, visitors: 99 },
  ]);
  assert.deepEqual(db.$client.prepare('SELECT section_id AS sectionId, sum(views) AS views FROM section_daily_views GROUP BY section_id').all(), [
    { sectionId: 1, views: 12 },
  ]);
  db.$client.close();
});

test('the table rebuilds of 0008 keep every tag, view and search entry, and make old accounts admins', () => {
  const db = populatedOldDatabase('rebuild', '0008_add_constraints_roles_and_drafts');
  db.$client.exec("INSERT INTO staff_users (email, password_hash, created_at) VALUES ('old@example.com', 'scrypt$x', 1700000000)");
  runMigrations(db);
  const sqlite = db.$client;
  assert.equal(sqlite.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are back on');
  assert.equal((sqlite.prepare('SELECT count(*) AS n FROM article_tags').get() as { n: number }).n, 1);
  assert.equal((sqlite.prepare('SELECT sum(views) AS n FROM article_daily_views').get() as { n: number }).n, 12);
  assert.deepEqual(sqlite.prepare('SELECT created_at AS createdAt, published_at AS publishedAt FROM articles').get(), {
    createdAt: 1700000000,
    publishedAt: 1700000000,
  });
  assert.equal((sqlite.prepare("SELECT role FROM staff_users WHERE email = 'old@example.com'").get() as { role: string }).role, 'admin');
  // The search triggers were recreated: an edit after the migration is searchable.
  sqlite.exec("UPDATE articles SET headline = 'Zeppelin moves' WHERE id = 1");
  assert.equal((sqlite.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'zeppelin'").get() as { n: number }).n, 1);
  assert.equal((sqlite.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'glacier'").get() as { n: number }).n, 0);
  sqlite.close();
});

test('the schema refuses rows no code should write: unknown statuses, published stories without a time, bad day keys', () => {
  const db = openDatabase(join(dir, 'checks.db'));
  runMigrations(db);
  const sqlite = db.$client;
  sqlite.exec(`INSERT INTO sections (id, slug, name, description) VALUES (1, 'world', 'World', 'd');
    INSERT INTO authors (id, slug, name, role, bio) VALUES (1, 'ana', 'Ana', 'Reporter', 'b');`);
  const insert = sqlite.prepare(
    "INSERT INTO articles (slug, headline, standfirst, body, section_id, author_id, status, published_at, created_at, updated_at) VALUES (?, 'h', 's', 'b', 1, 1, ?, ?, 1, 1)",
  );
  insert.run('a-draft', 'draft', null);
  assert.throws(() => insert.run('live', 'published', null), /CHECK constraint failed: articles_published_has_time/);
  assert.throws(() => insert.run('odd', 'archived', 1), /CHECK constraint failed: articles_status_known/);
  assert.throws(
    () => sqlite.prepare("INSERT INTO site_daily_views (day, views, visitors) VALUES ('28/11/2026', 1, 1)").run(),
    /CHECK constraint failed/,
  );
  sqlite.close();
});

test('four processes starting at once on an empty file migrate and seed it once, and all of them start', async () => {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const databasePath = join(dir, 'simultaneous.db');
  const worker = new URL('./support/bootstrap-worker.ts', import.meta.url).pathname;
  const startAt = String(Date.now() + 1500); // after every process has loaded its modules
  const outputs = await Promise.all(
    [1, 2, 3, 4].map(() =>
      promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', worker, startAt], {
        env: { ...process.env, DATABASE_PATH: databasePath, DATABASE_INIT: 'demo' },
      }),
    ),
  );
  assert.deepEqual(
    outputs.map((o) => o.stdout.trim().split('\n').at(-1)),
    ['started', 'started', 'started', 'started'],
  );
  const db = openDatabase(databasePath);
  try {
    assert.equal(db.$client.prepare('SELECT count(*) FROM articles').pluck().get(), 120);
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    assert.equal(db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get(), journal.entries.length);
  } finally {
    db.$client.close();
  }
});
