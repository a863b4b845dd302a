import { notFound } from 'next/navigation';

export const ceilingSizesKb = [16, 24, 32, 40, 48, 64, 96, 128] as const;

const sentence = 'The ceiling page carries plain paragraphs of text, as many as make it the size of the page it stands beside. ';

/** The kb a ceiling page was asked for, or a 404. */
export async function ceilingKb(params: Promise<{ kb: string }>): Promise<number> {
  const kb = Number((await params).kb);
  if (!ceilingSizesKb.includes(kb as (typeof ceilingSizesKb)[number])) notFound();
  return kb;
}

/**
 * Plain paragraphs that make a ceiling page about `kb` KiB of HTML, under an optional lead
 * picture sized and loaded as a story's lead (eager, fetchpriority high, AVIF by srcset): the
 * floor for a page whose largest paint is its picture.
 */
export function CeilingContent({ kb, withPicture = false }: { kb: number; withPicture?: boolean }) {
  // About 8 KiB of the root layout's head and payload come on top of the paragraphs.
  const paragraphs = Math.max(1, Math.round(((kb - 8) * 1024) / (sentence.length * 8 * 2)));
  return (
    <main>
      <h1>Benchmark ceiling, {kb} KiB</h1>
      {withPicture && (
        <picture>
          <source
            type="image/avif"
            srcSet="/bench-ceiling/picture-480.avif 480w, /bench-ceiling/picture-960.avif 960w, /bench-ceiling/picture-1600.avif 1600w"
            sizes="(max-width: 64rem) 100vw, 640px"
          />
          <img
            src="/bench-ceiling/picture-960.avif"
            width={960}
            height={640}
            alt=""
            loading="eager"
            fetchPriority="high"
            decoding="async"
            style={{ width: '100%', height: 'auto' }}
          />
        </picture>
      )}
      {Array.from({ length: paragraphs }, (_, i) => (
        <p key={i}>{sentence.repeat(8)}</p>
      ))}
    </main>
  );
}
