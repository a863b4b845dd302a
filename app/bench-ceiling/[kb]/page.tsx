import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

/**
 * The ceiling `npm run bench` measures reader pages against: a page prerendered at build, in the
 * same root layout, with no data access and no client component, padded to about `kb` KiB of
 * HTML. Whatever a cached Broadsheet page costs beyond this is Broadsheet's own.
 */
export const dynamicParams = false;
export const ceilingSizesKb = [16, 24, 32, 40, 48, 64, 96, 128] as const;

export function generateStaticParams() {
  return ceilingSizesKb.map((kb) => ({ kb: String(kb) }));
}

export const metadata: Metadata = { title: 'Benchmark ceiling', robots: { index: false, follow: false } };

const sentence = 'The ceiling page carries plain paragraphs of text, as many as make it the size of the page it stands beside. ';

export default async function CeilingPage({ params }: { params: Promise<{ kb: string }> }) {
  const kb = Number((await params).kb);
  if (!ceilingSizesKb.includes(kb as (typeof ceilingSizesKb)[number])) notFound();
  // About 8 KiB of the root layout's head and payload come on top of the paragraphs.
  const paragraphs = Math.max(1, Math.round(((kb - 8) * 1024) / (sentence.length * 8 * 2)));
  return (
    <main>
      <h1>Benchmark ceiling, {kb} KiB</h1>
      {Array.from({ length: paragraphs }, (_, i) => (
        <p key={i}>{sentence.repeat(8)}</p>
      ))}
    </main>
  );
}
