import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/** Gzip on libuv's threads, off the event loop. */
export const gzipAsync = promisify(gzip);

/**
 * One gzip copy of each cached page, keyed by its ETag (which changes when the page does), so a
 * page read a thousand times is compressed once, not a thousand times: compressing the 117 KiB
 * front page on every request was what held it at 0.86x the framework's ceiling under gzip.
 * Least recently used copies go first past `maxBytes`; compression runs on libuv's threads.
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
    /** The gzip copy of `body` for `key`, made now if there is none (once, however many ask at the same time). */
    async gzipOnce(key: string, body: Buffer): Promise<Buffer> {
      const copy = copies.get(key);
      if (copy) {
        copies.delete(key); // most recently used goes last
        copies.set(key, copy);
        return copy;
      }
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const made = gzipAsync(body).finally(() => pending.delete(key));
      pending.set(key, made);
      const compressed = await made;
      remember(key, compressed);
      return compressed;
    },
    has(key: string): boolean {
      return copies.has(key);
    },
    get bytes() {
      return bytes;
    },
  };
}

/** Whether the client takes gzip (`Accept-Encoding`, q=0 refuses). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}
