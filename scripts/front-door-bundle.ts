/** Where `npm run build` puts the bundled front door, inside the build output it belongs to. */
export const frontDoorBundlePath = '.next/front-door/serve.mjs';

/** The view-writer thread (db/view-writer/worker.ts), bundled beside the front door that starts it. */
export const viewWriterBundlePath = '.next/front-door/view-writer.mjs';
