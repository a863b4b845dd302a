import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const browserUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';

/** The id Next.js gave a server action (by its exported name) in the build in `dir`. */
export function actionId(exportedName: string, dir = '.'): string {
  const manifest = JSON.parse(readFileSync(`${dir}/.next/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`${exportedName} not found in the build manifest`);
  return entry[0];
}

export const viewActionId = (dir = '.') => actionId('recordArticleViewAction', dir);

/** What a browser sends when ArticleViewCounter calls the action. */
export function viewActionRequest({ baseUrl, actionId, articleId }: { baseUrl: string; actionId: string; articleId: number }) {
  return {
    method: 'POST' as const,
    headers: {
      'next-action': actionId,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: baseUrl,
      'user-agent': browserUserAgent,
    },
    body: () => JSON.stringify([{ articleId, visitorToken: randomBytes(16).toString('base64url') }]),
  };
}

export function readViewCount(databasePath: string, slug: string): { id: number; viewCount: number } {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('SELECT id, view_count AS viewCount FROM articles WHERE slug = ?').get(slug) as { id: number; viewCount: number };
  } finally {
    db.close();
  }
}

/**
 * `size` distinct new visitors all at once. Every response must carry a different count, and
 * together exactly before+1 … before+size: proof that no increment was lost or doubled.
 */
export async function concurrentBurst({ url, request, size }: { url: string; request: ReturnType<typeof viewActionRequest>; size: number }) {
  const counts = await Promise.all(
    Array.from({ length: size }, async () => {
      const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body() });
      const match = /"viewCount":(\d+),"counted":true/.exec(await response.text());
      return match ? Number(match[1]) : null;
    }),
  );
  return counts;
}
