import type { IncomingMessage, ServerResponse } from 'node:http';

export type HeldRequestBody = { body: Buffer; release: () => void };

/**
 * Keeps a request's body from whoever reads it until `release()`, so the front door can read a
 * small body whole and check it before Next.js reads it as if it had just arrived. Install it
 * before any other wrapper of `req.push` (the body limit), so the limit still counts the bytes
 * as they come and cuts an oversized body before it is held. Resolves null when the client
 * leaves before the body ends.
 */
export function holdRequestBody(req: IncomingMessage, res: ServerResponse): Promise<HeldRequestBody | null> {
  const push = req.push;
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    res.once('close', () => resolve(null));
    req.push = (chunk: Buffer | null) => {
      if (chunk !== null) {
        chunks.push(chunk);
        return true;
      }
      const body = Buffer.concat(chunks);
      resolve({
        body,
        release: () => {
          req.push = push;
          if (body.length > 0) req.push(body);
          req.push(null);
        },
      });
      return false;
    };
  });
}
