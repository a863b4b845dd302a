import sharp from 'sharp';
import type { BroadsheetDb } from '@/db/client';
import { recordImage } from '@/db/media/image-records';
import { mediaDirectory } from '@/db/media/media-directory';
import { imageHash, inspectImage, renderImageFiles } from '@/db/media/render-image';
import { demoSections, type DemoSectionSlug } from './corpus-people';
import { drawDemoPictures } from './demo-pictures';

/**
 * Gives every demo story without a picture one of its section's drawn pictures, through the same
 * pipeline as an upload (files under the media directory, rows in `images`). Runs after the seed
 * and again at any later start that finds demo stories still without one (a start cut short).
 * Returns how many stories got a picture.
 */
export async function attachDemoPictures(db: BroadsheetDb, { directory = mediaDirectory() }: { directory?: string } = {}): Promise<number> {
  const sqlite = db.$client;
  const waiting = sqlite
    .prepare<[], { id: number; section: string }>(
      `SELECT a.id, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.is_demo = 1 AND a.lead_image_id IS NULL ORDER BY a.id`,
    )
    .all();
  const sections = demoSections.map((s) => s.slug as DemoSectionSlug).filter((slug) => waiting.some((story) => story.section === slug));
  const pictures = new Map<string, { id: number; alt: string }[]>();
  for (const section of sections) {
    const drawn = [];
    for (const picture of drawDemoPictures(section)) {
      const bytes = await sharp(Buffer.from(picture.svg)).png().toBuffer();
      const inspection = await inspectImage(bytes);
      if (!inspection.ok) throw new Error(`a demo picture for ${section} could not be read: ${inspection.message}`);
      const hash = imageHash(bytes);
      const { format, width, height } = inspection;
      const widths = await renderImageFiles({ bytes, hash, format, width, directory });
      const row = recordImage(sqlite, { hash, format, width, height, bytes: bytes.length, widths, createdBy: null, isDemo: true });
      drawn.push({ id: row.id, alt: picture.alt });
    }
    pictures.set(section, drawn);
  }
  const attach = sqlite.prepare(
    "UPDATE articles SET lead_image_id = ?, lead_image_alt = ?, lead_image_credit = 'Illustration: Broadsheet demo' WHERE id = ? AND lead_image_id IS NULL",
  );
  const seen = new Map<string, number>();
  sqlite.transaction(() => {
    for (const story of waiting) {
      const choices = pictures.get(story.section);
      if (!choices?.length) continue;
      const n = seen.get(story.section) ?? 0;
      seen.set(story.section, n + 1);
      const picture = choices[n % choices.length]!;
      attach.run(picture.id, picture.alt, story.id);
    }
  })();
  return waiting.length;
}
