// `npm start`: build once if there is no production build, then serve it in this process
// (scripts/serve.ts), so a supervisor's signal reaches the server itself. The server migrates
// the database and seeds demo content on first start (see instrumentation.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found; building first (about a minute).');
  const build = spawnSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The quick start shows a newsroom: a new database gets the demo stories (npm run demo:remove
// deletes them later). `npm run serve`, the production command, creates nothing unasked.
process.env.DATABASE_INIT ??= 'demo';
console.log(`Database: ${process.env.DATABASE_PATH ?? 'data/broadsheet.db'}`);
await import('./serve');
