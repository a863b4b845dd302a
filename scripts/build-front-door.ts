// `npm run build`, second step: bundles the front door (scripts/serve.ts and what it imports) into
// one plain JavaScript file, so the production server runs without tsx. Under tsx every dynamic
// import passes through its loader hooks on another thread, and Next.js imports the page cache
// handler on every request: about 6% of a view action's CPU; the bundle uses 12% less (bench/ceiling.ts).
// Packages stay in node_modules, loaded at run time like Next.js's own.
import { build } from 'esbuild';
import { frontDoorBundlePath } from './front-door-bundle';

await build({
  entryPoints: ['scripts/serve.ts'],
  outfile: frontDoorBundlePath,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
console.log(`Front door bundled into ${frontDoorBundlePath}`);
