// `npm start`: build once if there is no production build, then serve it. The server
// migrates the database and seeds demo content on first start (see instrumentation.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (args) => spawnSync('npx', ['--no-install', 'next', ...args], { stdio: 'inherit', env });

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found; building first (about a minute).');
  const build = run(['build']);
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
console.log(`Broadsheet on http://${host}:${port} (database: ${process.env.DATABASE_PATH ?? 'data/broadsheet.db'})`);
const server = run(['start', '-p', port, '-H', host]);
process.exit(server.status ?? 1);
