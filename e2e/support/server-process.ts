import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from '@playwright/test';

const running = new Set<ChildProcess>();

/** Kills what a test started and left running (its assertions failed before it stopped them). */
export function killLeftoverServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** A whole server (or any command) of a test's own, with its output and exit code. */
export function startServer(command: string[], env: Record<string, string>) {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** `npm run serve` on its own port and database, once /health answers 200. */
export async function serveUntilHealthy({ port, databasePath, env = {} }: { port: number; databasePath: string; env?: Record<string, string> }) {
  // A server left on the port would answer the health check for this one.
  await expect(fetch(`http://127.0.0.1:${port}/health`), `port ${port} is already in use`).rejects.toThrow();
  const server = startServer(['npm', 'run', '--silent', 'serve'], { PORT: String(port), DATABASE_PATH: databasePath, DATABASE_INIT: 'demo', ...env });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
  return {
    ...server,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    },
  };
}
