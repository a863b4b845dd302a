import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { backupDatabase, restoreDatabase } from '@/db/backup';
import { openDatabase } from '@/db/client';
import { holdInUseLock, releaseInUseLock } from '@/db/file-locks';
import { runMigrations } from '@/db/migrate';
import { seedCorpus } from '@/db/seed/seed-corpus';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-backup-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const databaseFile = join(dir, 'site.db');
const backups = join(dir, 'backups');
{
  const db = openDatabase(databaseFile);
  runMigrations(db);
  seedCorpus(db, { articleCount: 8 });
  db.$client.close();
}

/** Stories' running totals, and whether they agree with the daily rows (a torn copy would not). */
function counts(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const total = sqlite.prepare('SELECT sum(view_count) FROM articles').pluck().get() as number;
    const daily = sqlite.prepare('SELECT sum(views) FROM article_daily_views').pluck().get() as number;
    const site = sqlite.prepare('SELECT sum(views) FROM site_daily_views').pluck().get() as number;
    return { total, consistent: total === daily && daily === site };
  } finally {
    sqlite.close();
  }
}

test('a backup taken while views are being counted is whole, and a restore puts exactly it back', async () => {
  const before = counts(databaseFile).total;
  const worker = new URL('./support/record-views-worker.ts', import.meta.url).pathname;
  const articleId = 1;
  // Another process counts 4,000 views, as the server would, while the backup runs.
  const load = promisify(execFile)(process.execPath, ['--conditions=react-server', '--import', 'tsx', worker, String(articleId), '4000', 'backup'], {
    env: { ...process.env, DATABASE_PATH: databaseFile },
  });
  let report: ReturnType<typeof backupDatabase> | undefined;
  while (!report) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (counts(databaseFile).total > before) report = backupDatabase({ source: databaseFile, dir: backups, keep: 3 });
  }
  assert.equal(Number((await load).stdout), 4000);
  const after = counts(databaseFile).total;
  assert.equal(after, before + 4000);

  const copy = counts(report.file);
  assert.equal(copy.consistent, true, 'every total agrees with the daily rows in the copy');
  assert.ok(copy.total > before && copy.total <= after, `copy has ${copy.total}, between ${before} and ${after}`);
  assert.equal(report.views, copy.total);

  // Refused while a server holds the database; done once it has stopped.
  holdInUseLock(databaseFile);
  assert.throws(
    () => restoreDatabase({ target: databaseFile, backupFile: report.file }),
    /a Broadsheet server is using .*site\.db; stop it before restoring/,
  );
  assert.equal(counts(databaseFile).total, after, 'nothing changed');
  releaseInUseLock(databaseFile);

  const identity = (file: string) => {
    const sqlite = new Database(file, { readonly: true });
    const uid = sqlite.prepare('SELECT uid FROM database_identity').pluck().get();
    sqlite.close();
    return uid;
  };
  const restored = restoreDatabase({ target: databaseFile, backupFile: report.file });
  assert.deepEqual(counts(databaseFile), copy);
  assert.notEqual(identity(databaseFile), identity(report.file), 'a restored database is a new identity for the cache');
  assert.equal(counts(restored.previous!).total, after, 'the replaced database is kept');
  assert.equal(existsSync(`${databaseFile}-wal`), false);
  const reopened = openDatabase(databaseFile); // still a Broadsheet database, still migrated
  runMigrations(reopened);
  reopened.$client.close();
});

test('backups keep the newest N, and a damaged or foreign file is never restored', () => {
  for (let minute = 0; minute < 5; minute++)
    backupDatabase({ source: databaseFile, dir: backups, keep: 3, now: new Date(Date.UTC(2030, 0, 1, 9, minute)) });
  assert.deepEqual(
    readdirSync(backups)
      .filter((name) => name.startsWith('site-2030'))
      .sort(),
    ['site-2030-01-01T09-02-00Z.db', 'site-2030-01-01T09-03-00Z.db', 'site-2030-01-01T09-04-00Z.db'],
  );
  const foreign = join(dir, 'foreign.db');
  new Database(foreign).exec('CREATE TABLE t (x)');
  assert.throws(() => restoreDatabase({ target: databaseFile, backupFile: foreign }), /is not a Broadsheet database/);

  const damaged = join(backups, 'site-2030-01-01T09-04-00Z.db');
  const sqlite = new Database(damaged, { readonly: true });
  const rootPage = sqlite.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'article_daily_views'").pluck().get() as number;
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  sqlite.close();
  const fd = openSync(damaged, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, (rootPage - 1) * pageSize);
  closeSync(fd);
  const before = counts(databaseFile);
  assert.throws(() => restoreDatabase({ target: databaseFile, backupFile: damaged }), /failed its integrity check/);
  assert.deepEqual(counts(databaseFile), before);
});

test('pictures go into every backup, only the new ones each time, and a restore puts back the ones missing', async () => {
  const media = join(dir, 'media');
  const pictureBackups = join(dir, 'picture-backups');
  mkdirSync(media, { recursive: true });
  const names = [`${'a'.repeat(32)}-480.avif`, `${'b'.repeat(32)}.jpg`];
  for (const name of names) writeFileSync(join(media, name), `bytes of ${name}`);
  writeFileSync(join(media, 'notes.txt'), 'not a picture');
  const env = { ...process.env, DATABASE_PATH: databaseFile, MEDIA_DIR: media };
  const run = async (script: string, ...args: string[]) =>
    (await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8' })).stdout;

  assert.match(await run('scripts/backup.ts', '--dir', pictureBackups), /pictures: 2 new file\(s\)/);
  assert.deepEqual(readdirSync(join(pictureBackups, 'media')).sort(), names.sort());
  writeFileSync(join(media, `${'c'.repeat(32)}-960.webp`), 'a newer picture');
  assert.match(await run('scripts/backup.ts', '--dir', pictureBackups), /pictures: 1 new file\(s\)/);

  rmSync(media, { recursive: true });
  const newest = readdirSync(pictureBackups)
    .filter((name) => name.endsWith('.db'))
    .sort()
    .at(-1)!;
  assert.match(await run('scripts/restore.ts', join(pictureBackups, newest)), /pictures: 3 file\(s\) put back/);
  assert.equal(readFileSync(join(media, names[1]!), 'utf8'), `bytes of ${names[1]}`);
  assert.ok(!existsSync(join(media, 'notes.txt')));
});
