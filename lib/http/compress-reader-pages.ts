import type { IncomingMessage, ServerResponse } from 'node:http';
import { compressAsync, preferredCoding, type createCompressedCopies } from './compressed-copies';

type CompressedCopies = ReturnType<typeof createCompressedCopies>;

/** A reader page's HTML (front page, article, listing), asked for by a browser that takes brotli or gzip: not an RSC payload or a prefetch. */
export function isCompressibleReaderPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || preferredCoding(req.headers['accept-encoding']) === null) return false;
  if (req.headers['rsc'] !== undefined || req.headers['next-router-prefetch'] !== undefined) return false;
  return /^\/(?:$|\?|articles\/|sections\/|tags\/|authors\/)/.test(req.url ?? '');
}

function withAcceptEncodingInVary(vary: ReturnType<ServerResponse['getHeader']>): string {
  const value = Array.isArray(vary) ? vary.join(', ') : String(vary ?? '');
  return /\baccept-encoding\b/i.test(value) ? value : value ? `${value}, Accept-Encoding` : 'Accept-Encoding';
}

/**
 * Takes over compression for this answer from Next.js (which would compress a cached page anew on every
 * request): Next is asked for the plain page, which is held until it ends, then sent as the one
 * compressed copy of that page when it is a cached page (keyed by path and ETag, so a query
 * string cannot make copies), or compressed for this answer alone when it is not (a first
 * render, a 404). Call before anything else wraps writeHead, so that the status and headers
 * they settle are the ones sent.
 */
export function compressThroughCopies(req: IncomingMessage, res: ServerResponse, copies: CompressedCopies): void {
  const coding = preferredCoding(req.headers['accept-encoding']) ?? 'gzip';
  delete req.headers['accept-encoding'];
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  const end = res.end.bind(res) as (body?: Buffer, callback?: () => void) => ServerResponse;
  const chunks: Buffer[] = [];
  let head: { status: number; statusMessage?: string } | undefined;
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer => {
    if (Buffer.isBuffer(chunk)) return chunk;
    if (chunk instanceof Uint8Array) return Buffer.from(chunk);
    return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    // Headers given here are set now, so that the length and encoding set on sending win.
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, string | string[]> | string[] | undefined;
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
    else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    head = { status, statusMessage: rest.find((arg) => typeof arg === 'string') as string | undefined };
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)());
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    void send(Buffer.concat(chunks)).then(() => done?.());
    return res;
  }) as typeof res.end;

  async function send(body: Buffer): Promise<void> {
    const status = head?.status ?? res.statusCode;
    const isHtml = /^text\/html/.test(String(res.getHeader('content-type') ?? ''));
    if (isHtml && body.length > 0 && !res.getHeader('content-encoding')) {
      const etag = res.getHeader('etag');
      const cached = status === 200 && typeof etag === 'string' && /s-maxage/.test(String(res.getHeader('cache-control') ?? ''));
      try {
        const compressed = cached
          ? await copies.compressOnce(`${(req.url ?? '').split('?')[0]} ${etag}`, body, coding)
          : await compressAsync(body, coding);
        res.setHeader('content-encoding', coding);
        res.setHeader('content-length', compressed.length);
        body = compressed;
      } catch {
        res.setHeader('content-length', body.length); // sent plain: correct, only larger
      }
      res.setHeader('vary', withAcceptEncodingInVary(res.getHeader('vary')));
    }
    if (res.destroyed) return;
    if (head?.statusMessage) writeHead(status, head.statusMessage);
    else writeHead(status);
    end(body);
  }
}
