import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from './server';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-next-ceiling', private: true, type: 'module' }),
  'next.config.js': 'export default { poweredByHeader: false };\n',
  'app/layout.tsx': `export default function Layout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}\n`,
  'app/page.tsx': `export default function Page() {
  return <main><h1>A plain page</h1><p>Nothing but text.</p></main>;
}\n`,
  'app/action/actions.ts': `'use server';
export async function benchNoOpViewAction(input: { articleId: number; visitorToken: string }) {
  return { ok: true as const, viewCount: input.articleId, counted: true };
}\n`,
  'app/action/page.tsx': `import { benchNoOpViewAction } from './actions';
export default function ActionPage() {
  async function submit() {
    'use server';
    await benchNoOpViewAction({ articleId: 1, visitorToken: 'bench' });
  }
  return <form action={submit}><button type="submit">Call it</button></form>;
}\n`,
};

/**
 * A plain Next.js app with one no-op server action, built with this checkout's own Next.js
 * (node_modules hard-linked: Turbopack refuses a symlinked one) and started on `port`: the
 * framework's ceiling, with none of Broadsheet's front door, proxy or data.
 */
export async function startPlainNextApp(port: number): Promise<RunningServer & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-plain-next-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  execFileSync('cp', ['-al', resolve('node_modules'), join(dir, 'node_modules')]);
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the plain Next.js app did not build:\n${build.stdout}\n${build.stderr}`);
  const server = await startServer({
    port,
    cwd: dir,
    databasePath: join(dir, 'unused.db'),
    command: [process.execPath, 'node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    readyPath: '/action', // it has no /health
  });
  return {
    ...server,
    dir,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
