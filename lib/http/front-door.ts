import { maxImageBytes } from '@/lib/images/image-files';

/**
 * Checks the front door makes before Next.js sees a request: cheap, on the request line and
 * headers only, so a hostile request is refused before it costs a render, a body parse or a
 * log line that repeats it.
 */
export const frontDoorLimits = {
  /** Longest path and query any Broadsheet page needs (a 200-character search in any script), with room to spare. */
  maxUrlLength: 4096,
  /** Largest request body: forms and view counts are a few hundred bytes. */
  maxBodyBytes: 64 * 1024,
};

/** Where the story editor sends a picture: the one request allowed a large body, and only with a live staff session. */
export const imageUploadPath = '/staff/images';

export function isImageUploadPost(method: string | undefined, url: string | undefined): boolean {
  return method === 'POST' && (url === imageUploadPath || url?.startsWith(`${imageUploadPath}?`) === true);
}

/** The most body bytes a request may send: a picture for the upload route, a form's worth for anything else. */
export function maxBodyBytesFor(method: string | undefined, url: string | undefined): number {
  return isImageUploadPost(method, url) ? maxImageBytes : frontDoorLimits.maxBodyBytes;
}

export const allowedMethods = ['GET', 'HEAD', 'POST'] as const;

export type Refusal = { status: number; message: string; headers?: Record<string, string> };

export function screenRequest({
  method,
  url,
  contentLength,
}: {
  method: string | undefined;
  url: string | undefined;
  contentLength: string | undefined;
}): Refusal | null {
  if (!allowedMethods.includes(method as (typeof allowedMethods)[number])) {
    return { status: 405, message: 'Method not allowed.', headers: { allow: allowedMethods.join(', ') } };
  }
  if (!url || url.length > frontDoorLimits.maxUrlLength) return { status: 400, message: 'That address is too long.' };
  if (url.includes('\0') || /%00/.test(url)) return { status: 400, message: 'That address is not valid.' };
  if (contentLength !== undefined && !(Number(contentLength) <= maxBodyBytesFor(method, url))) {
    const message = isImageUploadPost(method, url)
      ? 'That picture is larger than 20 MB. Export a smaller copy and upload it again.'
      : 'Request too large.';
    return { status: 413, message, headers: { connection: 'close' } };
  }
  return null;
}

/** POSTs that run a password check: bounded in number at once (see the sign-in throttle). */
export function isSignInPost(method: string | undefined, url: string | undefined): boolean {
  return method === 'POST' && (url === '/staff/sign-in' || url?.startsWith('/staff/sign-in?') === true);
}

/** A server action posted from a reader's article page (the view counter): admitted through a short queue. */
export function isArticleActionPost(method: string | undefined, url: string | undefined, nextAction: string | string[] | undefined): boolean {
  return method === 'POST' && nextAction !== undefined && articleSlugOf(url) !== null;
}

/** A router prefetch (`next-router-prefetch`) or a browser's speculative load (`Sec-Purpose`, `Purpose`). */
export function announcesPrefetch(header: (name: string) => string | null | undefined): boolean {
  return header('next-router-prefetch') != null || /prefetch|prerender/i.test(header('sec-purpose') ?? header('purpose') ?? '');
}

/** The slug of a reader's article address (`/articles/<slug>`, any query), or null for any other path. */
export function articleSlugOf(url: string | undefined): string | null {
  const match = /^\/articles\/([a-z0-9-]{1,200})\/?(?:\?|$)/.exec(url ?? '');
  return match ? match[1]! : null;
}

/**
 * The status an article answer should carry: a moved story's permanent redirect as 301 (what
 * every crawler and old client knows; Next.js writes 308) and a taken-down story's "not found"
 * as 410 Gone, so search engines drop it rather than retry.
 */
export function articleAnswerStatus(status: number, { method, takenDown }: { method: string | undefined; takenDown: () => boolean }): number {
  if (method !== 'GET' && method !== 'HEAD') return status;
  if (status === 308) return 301;
  if (status === 404 && takenDown()) return 410;
  return status;
}
