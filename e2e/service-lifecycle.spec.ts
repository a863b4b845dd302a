import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { killLeftoverServers, startServer } from './support/server-process';

// These start servers of their own (from the build the e2e server made), on ports of their own.
test.describe.configure({ timeout: 120_000 });
test.afterEach(killLeftoverServers);

test('a database that cannot be opened stops the server with one clear line and a failing exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bad-db-'));
  try {
    // A directory where the database file should be.
    const server = startServer([process.execPath, '.next/front-door/serve.mjs'], { PORT: '3291', DATABASE_PATH: dir });
    expect(await server.exited).toBe(1);
    const lines = server.output().stderr.trim().split('\n');
    expect(lines).toEqual([`Broadsheet could not start: unable to open database file (database: ${dir})`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.start-lock`, { force: true });
    rmSync(`${dir}.in-use`, { force: true });
  }
});

test('SIGTERM to npm run serve stops the server, folds the write-ahead log into the database and exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-stop-'));
  const databasePath = join(dir, 'site.db');
  try {
    const server = startServer(['npm', 'run', 'serve'], { PORT: '3292', DATABASE_PATH: databasePath, DATABASE_INIT: 'demo' });
    await expect.poll(async () => (await fetch('http://127.0.0.1:3292/').catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    expect(statSync(`${databasePath}-wal`).size).toBeGreaterThan(0); // the demo content sits in the log

    const stoppedAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    // Nothing is left listening (the old launcher left next-server serving under PID 1).
    await expect(fetch('http://127.0.0.1:3292/')).rejects.toThrow();
    // The database file alone, copied without its log, holds everything.
    expect(!existsSync(`${databasePath}-wal`) || statSync(`${databasePath}-wal`).size === 0).toBe(true);
    copyFileSync(databasePath, join(dir, 'copy.db'));
    const copy = new Database(join(dir, 'copy.db'), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(120);
    copy.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("another application's database is refused at start with one line, and left as it was", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-foreign-'));
  const databasePath = join(dir, 'crm.db');
  try {
    const other = new Database(databasePath);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    other.close();
    const before = readFileSync(databasePath);
    const server = startServer(['npm', 'run', '--silent', 'serve'], { PORT: '3293', DATABASE_PATH: databasePath, DATABASE_INIT: 'demo' });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr.trim().split('\n')).toEqual([
      `Broadsheet could not start: ${databasePath} is not a Broadsheet database (it has 1 other tables: contacts); refusing to change it (database: ${databasePath})`,
    ]);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in production a mistyped database path stops the start instead of becoming a new, empty site', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-mistyped-'));
  const databasePath = join(dir, 'typo', 'broadsheet.db');
  try {
    const server = startServer(['npm', 'run', '--silent', 'serve'], { PORT: '3294', DATABASE_PATH: databasePath, DATABASE_INIT: '' });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain(
      `no database at ${databasePath}; set DATABASE_INIT=empty (or =demo for demo content) to create one there`,
    );
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A raw request (fetch refuses TRACE), answered with its status and request id. */
function rawRequest(port: number, method: string, path: string) {
  return new Promise<{ status: number; requestId: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, requestId: String(res.headers['x-request-id']) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('/health says whether the database can serve, and errors and refusals are logged as one JSON line each', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-health-'));
  const databasePath = join(dir, 'site.db');
  const port = 3295;
  try {
    const server = startServer(['npm', 'run', '--silent', 'serve'], { PORT: String(port), DATABASE_PATH: databasePath, DATABASE_INIT: 'demo' });
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`);
    expect(healthy.headers.get('cache-control')).toBe('no-store');
    const body = (await healthy.json()) as { status: string; database: { writable: boolean; migrations: { current: boolean }; walBytes: number } };
    expect(body.status).toBe('ok');
    expect(body.database.writable).toBe(true);
    expect(body.database.migrations.current).toBe(true);
    expect(JSON.stringify(body)).not.toContain(dir); // no paths, no secrets

    const trace = await rawRequest(port, 'TRACE', '/');
    const long = await rawRequest(port, 'GET', `/${'a'.repeat(15_000)}`);
    expect([trace.status, long.status]).toEqual([405, 400]);
    // The code is older than this database now: health must say so.
    const sqlite = new Database(databasePath);
    sqlite.exec('DELETE FROM __drizzle_migrations WHERE rowid = (SELECT max(rowid) FROM __drizzle_migrations)');
    sqlite.close();
    const behind = await fetch(`http://127.0.0.1:${port}/health`);
    expect(behind.status).toBe(503);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const lines = server.output().stderr.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as { event: string; id: string; route: string; status: number; durationMs: number });
    const requests = entries.filter((entry) => entry.event === 'request');
    expect(requests.map(({ status, route }) => ({ status, route: route.slice(0, 12) }))).toEqual([
      { status: 405, route: '/' },
      { status: 400, route: '/aaaaaaaaaaa' },
      { status: 503, route: '/health' },
    ]);
    expect(requests[0]!.id).toBe(trace.requestId);
    expect(requests.every((entry) => typeof entry.durationMs === 'number')).toBe(true);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(1000);
    expect(server.output().stderr).not.toContain(process.cwd());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
