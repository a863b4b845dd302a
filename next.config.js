import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The file-system page cache, minus 404s (see the file).
  cacheHandler: fileURLToPath(new URL('./lib/page-cache-handler.mjs', import.meta.url)),
  reactStrictMode: true,
  // Native modules: load them from node_modules at run time instead of bundling them.
  serverExternalPackages: ['better-sqlite3', 'sharp'],
  async rewrites() {
    // The front page lives at a cacheable dynamic route; see app/front-page/[edition]/page.tsx.
    // Listings keep their public `?page=N` URLs but render at a path, so they can be cached too;
    // app/*/[slug]/p/[page] validates the page and answers 404 for anything but 1, 2, 3…
    const listings = ['sections', 'authors', 'tags'].flatMap((kind) => [
      { source: `/${kind}/:slug`, has: [{ type: 'query', key: 'page', value: '(?<page>.+)' }], destination: `/${kind}/:slug/p/:page` },
      { source: `/${kind}/:slug`, destination: `/${kind}/:slug/p/1` },
    ]);
    return {
      beforeFiles: [{ source: '/', destination: '/front-page/latest' }, { source: '/most-read', destination: '/most-read/latest' }, ...listings],
    };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          // Content-Security-Policy: set by the front door at run time (lib/http/content-security-policy.ts).
        ],
      },
    ];
  },
};

export default nextConfig;
