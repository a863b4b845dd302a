// `npm run build`, second step: bundles the front door (scripts/serve.ts and what it imports) into
// one plain JavaScript file, so the production server runs without tsx. Under tsx every dynamic
// import passes through its loader hooks on another thread, and Next.js imports the page cache
// handler on every request: about 6% of a view action's CPU; the bundle uses 12% less (bench/ceiling.ts).
// The view-writer thread it starts is bundled beside it. Packages stay in node_modules, loaded at
// run time like Next.js's own.
import { build, type Plugin } from 'esbuild';
import { frontDoorBundlePath, viewWriterBundlePath } from './front-door-bundle';

// `server-only` throws unless loaded under React's server condition; these bundles are the server.
const serverOnlyIsEmpty: Plugin = {
  name: 'server-only-is-empty',
  setup(on) {
    on.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty-module' }));
    on.onLoad({ filter: /.*/, namespace: 'empty-module' }, () => ({ contents: '' }));
  },
};

for (const [entry, outfile] of [
  ['scripts/serve.ts', frontDoorBundlePath],
  ['db/view-writer/worker.ts', viewWriterBundlePath],
] as const) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [serverOnlyIsEmpty],
    logLevel: 'warning',
  });
}
console.log(`Front door bundled into ${frontDoorBundlePath}, its view writer into ${viewWriterBundlePath}`);
