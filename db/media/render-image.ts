import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { maxImageBytes, shareWidthFor, variantFormats, widthsFor } from '@/lib/images/image-files';
/** Largest picture decoded, in pixels: a small file can unpack into gigabytes (a "decompression bomb"). */
export const maxImagePixels = 50_000_000;

export const acceptedImageFormats = ['jpeg', 'png', 'webp', 'avif'] as const;
export type AcceptedImageFormat = (typeof acceptedImageFormats)[number];

export type ImageInspection =
  { ok: true; format: AcceptedImageFormat; width: number; height: number } | { ok: false; status: 413 | 415; message: string };

const notAPicture = 'That file is not a picture Broadsheet can use. Upload a JPEG, PNG, WebP or AVIF image.';

/**
 * What the bytes are, read from their content by libvips (the file name and the browser's
 * claimed type are never asked). SVG is refused: it is a document that can carry scripts.
 */
export async function inspectImage(bytes: Buffer): Promise<ImageInspection> {
  if (bytes.length > maxImageBytes)
    return { ok: false, status: 413, message: 'That picture is larger than 20 MB. Export a smaller copy and upload it again.' };
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, status: 415, message: notAPicture };
  }
  if (metadata.format === 'svg')
    return { ok: false, status: 415, message: 'SVG drawings are not accepted: they can carry scripts. Export it as a PNG.' };
  // AVIF and Apple's HEIC share a container; only AV1-coded pictures are AVIF.
  const format = metadata.format === 'heif' ? (metadata.compression === 'av1' ? 'avif' : 'heic') : metadata.format;
  if (!acceptedImageFormats.includes(format as AcceptedImageFormat)) return { ok: false, status: 415, message: notAPicture };
  // EXIF orientations 5-8 are quarter turns: the picture readers see is the other way round.
  const turned = (metadata.orientation ?? 1) >= 5;
  const [width, height] = turned ? [metadata.height, metadata.width] : [metadata.width, metadata.height];
  if (!width || !height) return { ok: false, status: 415, message: notAPicture };
  if (width * height > maxImagePixels) {
    return {
      ok: false,
      status: 413,
      message: `That picture is ${Math.round((width * height) / 1e6)} megapixels; the most is 50. Export a smaller copy.`,
    };
  }
  return { ok: true, format: format as AcceptedImageFormat, width, height };
}

/** The name every file of this upload carries: the first 128 bits of its SHA-256, in hex. */
export function imageHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

const originalExtension: Record<AcceptedImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

/** Written under a temporary name and renamed: a reader never gets half a file, and a crash leaves no wrong one. */
async function writeOnce(directory: string, name: string, encode: () => Promise<Buffer>): Promise<void> {
  const path = join(directory, name);
  if (existsSync(path)) return; // content-named: the file there is this one
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, await encode());
  await rename(temporary, path);
}

/**
 * Writes the original (turned upright, every metadata block dropped: EXIF, GPS, XMP, camera
 * serials) and its resized copies: AVIF and WebP at each width of widthsFor, and one JPEG for
 * feeds and social cards. Returns the widths made.
 */
export async function renderImageFiles({
  bytes,
  hash,
  format,
  width,
  directory,
}: {
  bytes: Buffer;
  hash: string;
  format: AcceptedImageFormat;
  width: number;
  directory: string;
}): Promise<number[]> {
  await mkdir(directory, { recursive: true });
  // sharp writes no metadata unless asked (keepMetadata/withMetadata): this is what strips it.
  const upright = () => sharp(bytes, { limitInputPixels: maxImagePixels }).rotate();
  await writeOnce(directory, `${hash}.${originalExtension[format]}`, () => {
    const pipeline = upright();
    // Plain libjpeg for the original: mozjpeg took 4.9 s on a 12-megapixel photo, libjpeg 0.3 s.
    if (format === 'jpeg') return pipeline.jpeg({ quality: 92 }).toBuffer();
    if (format === 'png') return pipeline.png({ compressionLevel: 8 }).toBuffer();
    if (format === 'webp') return pipeline.webp({ quality: 92 }).toBuffer();
    return pipeline.avif({ quality: 80, effort: 2 }).toBuffer();
  });
  const widths = widthsFor(width);
  const shareWidth = shareWidthFor(width);
  // Decoded once, at the largest size made; every copy is resized from these pixels, not from
  // the upload again (a 12-megapixel JPEG took 0.2-0.5 s to decode for each of seven copies).
  const master = await upright()
    .resize({ width: Math.max(...widths, shareWidth), withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const fromMaster = (w: number) => sharp(master.data, { raw: master.info }).resize({ width: w, withoutEnlargement: true });
  // Encoded side by side: AV1 keeps one core busy per picture, and this machine has more.
  await Promise.all([
    ...widths.flatMap((w) =>
      variantFormats.map((variant) =>
        writeOnce(directory, `${hash}-${w}.${variant}`, () =>
          variant === 'avif' ? fromMaster(w).avif({ quality: 55, effort: 2 }).toBuffer() : fromMaster(w).webp({ quality: 78 }).toBuffer(),
        ),
      ),
    ),
    writeOnce(directory, `${hash}-${shareWidth}.jpg`, () =>
      fromMaster(shareWidth).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer(),
    ),
  ]);
  return widths;
}
