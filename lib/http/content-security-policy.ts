import { articleImageHosts } from '@/lib/site-config';

/**
 * No third-party origins: scripts, styles, fonts and images come from this site, images also
 * from the hosts the operator lists for article bodies. Inline scripts stay allowed because
 * Next.js streams its payload in them (nonces would make every cached page dynamic). Set by
 * the front door at run time, so it always matches the sanitizer's ARTICLE_IMAGE_HOSTS.
 */
export function contentSecurityPolicy({ production }: { production: boolean }): string {
  const imageSources = articleImageHosts().map((host) => `https://${host}`);
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data:", ...imageSources].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}
