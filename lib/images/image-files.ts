/**
 * How a stored picture's files are named and offered to browsers. Names carry the uploaded bytes'
 * hash, so a file never changes once written: it is served with an immutable cache header, and
 * the same upload twice is one set of files.
 */

/** Largest picture upload, in bytes: the front door, the upload route and the editor all say 20 MB. */
export const maxImageBytes = 20 * 1024 * 1024;

/** Widths made for `srcset` (never wider than the original: no upscaling). */
export const imageWidths = [480, 960, 1600] as const;
/** Width of the one JPEG made for feeds, social cards and browsers without AVIF or WebP. */
export const shareImageWidth = 1200;

export const variantFormats = ['avif', 'webp'] as const;
export type VariantFormat = (typeof variantFormats)[number];

/** What a page needs to show a picture: no file system, no database. */
export type StoredImage = { hash: string; width: number; height: number; widths: number[] };

/** What the upload route answers (app/(staff)/staff/images/route.ts). */
export type ImageUploadAnswer = { ok: true; image: StoredImage & { id: number } } | { ok: false; error: string };

/** A media file's name: `<hash>-<width>.<avif|webp|jpg>` for a resized copy, `<hash>.<ext>` for the original. */
export const mediaFileNamePattern = /^([a-f0-9]{32})(?:-(\d{2,4}))?\.(avif|webp|jpg|png)$/;

export function mediaPath(hash: string, width: number, format: VariantFormat | 'jpg'): string {
  return `/media/${hash}-${width}.${format}`;
}

/** The widths made for an original `width` pixels wide: the standard ones below it, and its own width when it is narrower than the largest. */
export function widthsFor(width: number): number[] {
  const below = imageWidths.filter((w) => w < width);
  return width < imageWidths[imageWidths.length - 1]! ? [...below, width] : [...imageWidths];
}

export function shareWidthFor(width: number): number {
  return Math.min(width, shareImageWidth);
}

export function srcSet(image: StoredImage, format: VariantFormat): string {
  return image.widths.map((w) => `${mediaPath(image.hash, w, format)} ${w}w`).join(', ');
}

/** The JPEG copy: og:image, JSON-LD, feeds and the `<img>` fallback. */
export function shareImage(image: StoredImage): { path: string; width: number; height: number } {
  const width = shareWidthFor(image.width);
  return { path: mediaPath(image.hash, width, 'jpg'), width, height: Math.round((image.height * width) / image.width) };
}

export function parseWidths(list: string): number[] {
  return list
    .split(',')
    .map(Number)
    .filter((w) => Number.isInteger(w) && w > 0);
}

/** The lead picture of a story row that selected db/queries/article-cards.ts#leadImageColumns, or null. */
export function leadImageOf(row: {
  leadImageHash: string | null;
  leadImageWidth: number | null;
  leadImageHeight: number | null;
  leadImageWidths: string | null;
  leadImageAlt: string;
}): { image: StoredImage; alt: string } | null {
  if (!row.leadImageHash || !row.leadImageWidth || !row.leadImageHeight || !row.leadImageWidths) return null;
  return {
    image: { hash: row.leadImageHash, width: row.leadImageWidth, height: row.leadImageHeight, widths: parseWidths(row.leadImageWidths) },
    alt: row.leadImageAlt,
  };
}
