import type Database from 'better-sqlite3';
import type { AcceptedImageFormat } from './render-image';

export type ImageRow = { id: number; hash: string; width: number; height: number; widths: string };

/**
 * Records a picture whose files are written (the same bytes again: the same row). Shared by the
 * upload route and the demo seed, which runs outside the React server build.
 */
export function recordImage(
  sqlite: Database.Database,
  image: {
    hash: string;
    format: AcceptedImageFormat;
    width: number;
    height: number;
    bytes: number;
    widths: number[];
    createdBy: number | null;
    isDemo: boolean;
  },
): ImageRow {
  return sqlite
    .prepare<[string, string, number, number, number, string, number, number | null, number], ImageRow>(
      `INSERT INTO images (hash, format, width, height, bytes, widths, created_at, created_by, is_demo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (hash) DO UPDATE SET widths = excluded.widths RETURNING id, hash, width, height, widths`,
    )
    .get(
      image.hash,
      image.format,
      image.width,
      image.height,
      image.bytes,
      image.widths.join(','),
      Math.floor(Date.now() / 1000),
      image.createdBy,
      image.isDemo ? 1 : 0,
    )!;
}
