// `npm start`, first step: build once if there is no production build (or no bundled front door),
// then package.json's start script replaces this process with the server itself (exec), so a
// supervisor's signal reaches the server. The server migrates the database and seeds demo content
// on first start (see instrumentation.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { frontDoorBundlePath } from './front-door-bundle';

if (!existsSync('.next/BUILD_ID') || !existsSync(frontDoorBundlePath)) {
  console.log('No production build found; building first (about a minute).');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Database: ${process.env.DATABASE_PATH ?? 'data/broadsheet.db'}`);
