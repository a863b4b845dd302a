import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses on libuv's threads, off the event loop. Brotli at quality 6: the 117 KiB front page
 * is 10.2 KiB in 2-3 ms (gzip: 15.1 KiB; brotli 11: 9.1 KiB in 190 ms), under the ~14 KiB a new
 * connection carries in its first round trip, which is what held its first paint at 1.16-1.19x
 * the floor page's in Lighthouse's model of a phone on a slow network.
 */
export function compressAsync(body: Buffer, coding: ContentCoding): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body);
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 6,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * One compressed copy of each cached page per coding, keyed by its ETag (which changes when the
 * page does), so a page read a thousand times is compressed once, not a thousand times:
 * compressing the 117 KiB front page on every request was what held it at 0.86x the framework's
 * ceiling under gzip. Least recently used copies go first past `maxBytes`.
 */
export function createCompressedCopies({ maxBytes }: { maxBytes: number }) {
  const copies = new Map<string, Buffer>();
  const pending = new Map<string, Promise<Buffer>>();
  let bytes = 0;

  function remember(key: string, copy: Buffer): void {
    if (copy.length > maxBytes) return;
    copies.set(key, copy);
    bytes += copy.length;
    for (const [oldest, old] of copies) {
      if (bytes <= maxBytes) break;
      copies.delete(oldest);
      bytes -= old.length;
    }
  }

  return {
    /** The `coding` copy of `body` for `key`, made now if there is none (once, however many ask at the same time). */
    async compressOnce(key: string, body: Buffer, coding: ContentCoding): Promise<Buffer> {
      const copyKey = `${coding} ${key}`;
      const copy = copies.get(copyKey);
      if (copy) {
        copies.delete(copyKey); // most recently used goes last
        copies.set(copyKey, copy);
        return copy;
      }
      const inFlight = pending.get(copyKey);
      if (inFlight) return inFlight;
      const made = compressAsync(body, coding).finally(() => pending.delete(copyKey));
      pending.set(copyKey, made);
      const compressed = await made;
      remember(copyKey, compressed);
      return compressed;
    },
    has(key: string, coding: ContentCoding = 'gzip'): boolean {
      return copies.has(`${coding} ${key}`);
    },
    get bytes() {
      return bytes;
    },
  };
}

/** The coding to answer a client in (`Accept-Encoding`; q=0 refuses): brotli where taken, else gzip, else none. */
export function preferredCoding(acceptEncoding: string | undefined): ContentCoding | null {
  const taken = new Set<string>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (coding && (q === undefined || Number(q.slice(2)) > 0)) taken.add(coding);
  }
  if (taken.has('br') || taken.has('*')) return 'br';
  return taken.has('gzip') ? 'gzip' : null;
}
