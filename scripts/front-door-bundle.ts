/** Where `npm run build` puts the bundled front door, inside the build output it belongs to. */
export const frontDoorBundlePath = '.next/front-door/serve.mjs';
