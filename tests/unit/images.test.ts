import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { leadImageOf, shareImage, srcSet, widthsFor } from '@/lib/images/image-files';
import { openTempDatabase } from './support/temp-database';

const db = await openTempDatabase();
const staffId = db.$client
  .prepare("INSERT INTO staff_users (email, password_hash, role, created_at) VALUES ('w@example.org', 'x', 'writer', 0) RETURNING id")
  .pluck()
  .get() as number;
const { imageHash, inspectImage, renderImageFiles } = await import('@/db/media/render-image');
const { mediaDirectory } = await import('@/db/media/media-directory');
const { storeImage } = await import('@/db/queries/images');

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } });

test('pictures are recognised by their content, whatever they are called', async () => {
  const cases = [
    ['jpeg', await photo(640, 480).jpeg().toBuffer()],
    ['png', await photo(640, 480).png().toBuffer()],
    ['webp', await photo(640, 480).webp().toBuffer()],
    ['avif', await photo(640, 480).avif({ effort: 0 }).toBuffer()],
  ] as const;
  for (const [format, bytes] of cases) {
    assert.deepEqual(await inspectImage(bytes), { ok: true, format, width: 640, height: 480 }, format);
  }
});

test('SVG, GIF, HEIC-less junk and text are refused with a sentence, not a stack trace', async () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  const svgAnswer = await inspectImage(svg);
  assert.equal(svgAnswer.ok, false);
  assert.equal(!svgAnswer.ok && svgAnswer.status, 415);
  assert.match(!svgAnswer.ok ? svgAnswer.message : '', /SVG/);
  const gif = await photo(20, 20).gif().toBuffer();
  for (const bytes of [gif, Buffer.from('<html><body>not a picture</body></html>'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01])]) {
    const answer = await inspectImage(bytes);
    assert.deepEqual(answer.ok ? null : answer.status, 415);
    assert.match(answer.ok ? '' : answer.message, /JPEG, PNG, WebP or AVIF/);
  }
});

test('too large in bytes or in pixels is 413', async () => {
  const big = await inspectImage(Buffer.alloc(20 * 1024 * 1024 + 1));
  assert.deepEqual(big.ok ? null : big.status, 413);
  assert.match(big.ok ? '' : big.message, /20 MB/);
  // A small file that would unpack into 56 million pixels (a decompression bomb) is refused unread.
  const bomb = await photo(8000, 7000).png({ compressionLevel: 9 }).toBuffer();
  assert.ok(bomb.length < 2_000_000);
  const answer = await inspectImage(bomb);
  assert.deepEqual(answer.ok ? null : answer.status, 413);
  assert.match(answer.ok ? '' : answer.message, /56 megapixels/);
});

test('stored files carry no EXIF, GPS or other metadata, and stand upright', async () => {
  // A phone photo: 300x200 pixels stored sideways (orientation 6), with a camera owner and GPS position.
  const upload = await photo(300, 200)
    .withExif({ IFD0: { Copyright: 'Jane Roe', Artist: 'Jane Roe' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
  const uploaded = await sharp(upload).metadata();
  assert.ok(uploaded.exif && uploaded.orientation === 6, 'the upload does carry EXIF, sideways');
  assert.ok(upload.includes('Jane Roe'));
  const inspection = await inspectImage(upload);
  assert.deepEqual(inspection, { ok: true, format: 'jpeg', width: 200, height: 300 });
  const directory = join(mediaDirectory(), 'strip-test');
  const hash = imageHash(upload);
  const widths = await renderImageFiles({ bytes: upload, hash, format: 'jpeg', width: 200, directory });
  assert.deepEqual(widths, [200]);
  const files = readdirSync(directory).sort();
  assert.deepEqual(files, [`${hash}-200.avif`, `${hash}-200.jpg`, `${hash}-200.webp`, `${hash}.jpg`]);
  for (const file of files) {
    const bytes = readFileSync(join(directory, file));
    const metadata = await sharp(bytes).metadata();
    assert.equal(metadata.exif, undefined, `${file} has no EXIF`);
    assert.equal(metadata.xmp, undefined, `${file} has no XMP`);
    assert.ok(!bytes.includes('Jane Roe'), `${file} does not name the photographer`);
    assert.ok(!bytes.includes('GPS'), `${file} has no GPS block`);
    assert.deepEqual([metadata.width, metadata.height], [200, 300], `${file} is upright`);
  }
});

test('sizes made: never wider than the original, named by content, one picture per content', async () => {
  assert.deepEqual(widthsFor(1800), [480, 960, 1600]);
  assert.deepEqual(widthsFor(1600), [480, 960, 1600]);
  assert.deepEqual(widthsFor(700), [480, 700]);
  assert.deepEqual(widthsFor(300), [300]);
  const bytes = await photo(1800, 1200).jpeg().toBuffer();
  const first = await storeImage({ bytes, staffId });
  const again = await storeImage({ bytes, staffId });
  assert.ok(first.ok && again.ok);
  assert.equal(again.image.id, first.image.id);
  assert.equal(first.image.hash, imageHash(bytes));
  assert.match(first.image.hash, /^[a-f0-9]{32}$/);
  const image = first.image;
  assert.equal(srcSet(image, 'avif'), `/media/${image.hash}-480.avif 480w, /media/${image.hash}-960.avif 960w, /media/${image.hash}-1600.avif 1600w`);
  assert.deepEqual(shareImage(image), { path: `/media/${image.hash}-1200.jpg`, width: 1200, height: 800 });
  const names = new Set(readdirSync(mediaDirectory()));
  for (const name of [`${image.hash}.jpg`, `${image.hash}-1600.webp`, `${image.hash}-480.avif`, `${image.hash}-1200.jpg`])
    assert.ok(names.has(name), name);
  assert.equal(leadImageOf({ leadImageHash: null, leadImageWidth: null, leadImageHeight: null, leadImageWidths: null, leadImageAlt: '' }), null);
});
