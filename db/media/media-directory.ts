import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { databasePath } from '@/db/client';
import { mediaFileNamePattern } from '@/lib/images/image-files';

/**
 * Where pictures are kept: MEDIA_DIR, or `media/` beside the database file, so a data directory
 * holds the whole newsroom (back it up with the database: `npm run backup` copies only the .db).
 * Files are named by content, so several servers (or test runs) may share one directory.
 */
export function mediaDirectory(): string {
  return resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR ?? join(dirname(databasePath()), 'media'));
}

export function mediaFilePath(name: string): string {
  return join(/*turbopackIgnore: true*/ mediaDirectory(), name);
}

const contentTypes: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/** A media file by its public name, or null for a name that is not one (nothing outside the directory is ever reachable). */
export async function openMediaFile(name: string): Promise<{ stream: ReadableStream; bytes: number; contentType: string } | null> {
  const match = mediaFileNamePattern.exec(name);
  if (!match) return null;
  const path = mediaFilePath(name);
  try {
    const { size } = await stat(path);
    return { stream: Readable.toWeb(createReadStream(path)) as ReadableStream, bytes: size, contentType: contentTypes[match[3]!]! };
  } catch {
    return null;
  }
}
