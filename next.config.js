/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  async rewrites() {
    // The front page lives at a cacheable dynamic route; see app/front-page/[edition]/page.tsx.
    return { beforeFiles: [{ source: '/', destination: '/front-page/latest' }] };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
    ];
  },
};

export default nextConfig;
