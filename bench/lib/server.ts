import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { frontDoorBundlePath } from '@/scripts/front-door-bundle';

export type RunningServer = { baseUrl: string; stop: () => Promise<void>; cpuSeconds: () => number };

/** CPU time (user + system) used so far by every process in a process group (Linux /proc). */
function processGroupCpuSeconds(groupId: number): number {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the ")" that closes the command name: state ppid pgrp … utime(12) stime(13).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks / ticksPerSecond;
}

/** The newest modification time of the files a build is made from. */
function newestSourceMs(
  paths = ['app', 'components', 'db', 'lib', 'public', 'scripts', 'next.config.js', 'proxy.ts', 'instrumentation.ts', 'package-lock.json'],
): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) newest = Math.max(newest, newestSourceMs(readdirSync(path).map((name) => join(path, name))));
  }
  return newest;
}

/** Builds unless a build newer than every source file exists (a stale build once measured the code before a change). */
export function ensureProductionBuild(): void {
  const bundle = frontDoorBundlePath;
  const upToDate = existsSync(bundle) && statSync(bundle).mtimeMs > newestSourceMs();
  if (upToDate && !process.env.BENCH_REBUILD) return;
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

/** Starts the production server (the bundled scripts/serve.ts) on 127.0.0.1 against the given database and waits until it answers. */
export async function startServer({
  port,
  databasePath,
  env = {},
  cwd = process.cwd(),
  command = [process.execPath, frontDoorBundlePath],
  readyPath = '/health',
}: {
  port: number;
  databasePath: string;
  env?: Record<string, string>;
  /** Another checkout (an older build to compare with) and the command that serves it. */
  cwd?: string;
  command?: string[];
  /** Asked until it answers 200. Not a page: a bench that times a page's first (cold) request must be the first to ask for it. */
  readyPath?: string;
}): Promise<RunningServer> {
  // Every bench server gets a fresh database; data cached by an earlier one would belong to
  // another database (the cache is keyed by query, not by file).
  rmSync(join(cwd, '.next/cache/fetch-cache'), { recursive: true, force: true });
  const child: ChildProcess = spawn(command[0]!, command.slice(1), {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_INIT: 'demo', // a new bench database gets the demo newsroom
      ...env,
      DATABASE_PATH: databasePath,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(baseUrl + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      if (child.pid) process.kill(-child.pid, 'SIGTERM'); // not left holding the port for the next bench
      throw new Error(`server did not answer ${readyPath} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    cpuSeconds: () => processGroupCpuSeconds(child.pid!),
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
      // The server lets go of the port only after in-flight requests finish; the next server
      // started on it would fail to listen while the old one still answered the readiness check.
      await waitUntilClosed(baseUrl);
    },
  };
}

/** Resolves once nothing listens on the port (a new TCP connection is refused). */
async function waitUntilClosed(baseUrl: string): Promise<void> {
  const { hostname, port } = new URL(baseUrl);
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect({ host: hostname, port: Number(port) });
      const settle = (answer: boolean) => {
        socket.destroy(); // an open probe would itself hold the old server up
        resolve(answer);
      };
      socket.once('connect', () => settle(true)).once('error', () => settle(false));
      socket.setTimeout(1000, () => settle(true));
    });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (!(await listening())) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${baseUrl} still listening 15 s after SIGTERM`);
}

/**
 * GET with one retry: the server closes idle keep-alive sockets after 5 s, and fetch may
 * pick exactly such a pooled socket between two load runs.
 */
export async function fetchText(url: string, headers: Record<string, string> = {}): Promise<string> {
  try {
    return await (await fetch(url, { headers })).text();
  } catch {
    return await (await fetch(url, { headers })).text();
  }
}
