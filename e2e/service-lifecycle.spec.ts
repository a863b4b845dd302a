import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';

// These start servers of their own (from the build the e2e server made), on ports of their own.
test.describe.configure({ timeout: 120_000 });

function startServer(command: string[], env: Record<string, string>) {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

test('a database that cannot be opened stops the server with one clear line and a failing exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bad-db-'));
  try {
    // A directory where the database file should be.
    const server = startServer([process.execPath, '--import', 'tsx', 'scripts/serve.ts'], { PORT: '3291', DATABASE_PATH: dir });
    expect(await server.exited).toBe(1);
    const lines = server.output().stderr.trim().split('\n');
    expect(lines).toEqual([`Broadsheet could not start: unable to open database file (database: ${dir})`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.start-lock`, { force: true });
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
