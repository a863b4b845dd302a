// No third-party origins at all: scripts, styles, fonts and images come from this site. Inline
// scripts stay allowed because Next.js streams its payload in them (nonces would make every
// cached page dynamic). Development needs eval for fast refresh.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  async rewrites() {
    // The front page lives at a cacheable dynamic route; see app/front-page/[edition]/page.tsx.
    // Listings keep their public `?page=N` URLs but render at a path, so they can be cached too;
    // app/*/[slug]/p/[page] validates the page and answers 404 for anything but 1, 2, 3…
    const listings = ['sections', 'authors', 'tags'].flatMap((kind) => [
      { source: `/${kind}/:slug`, has: [{ type: 'query', key: 'page', value: '(?<page>.+)' }], destination: `/${kind}/:slug/p/:page` },
      { source: `/${kind}/:slug`, destination: `/${kind}/:slug/p/1` },
    ]);
    return { beforeFiles: [{ source: '/', destination: '/front-page/latest' }, ...listings] };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: contentSecurityPolicy },
        ],
      },
    ];
  },
};

export default nextConfig;
