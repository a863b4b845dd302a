import type { Metadata } from 'next';
import { CeilingContent, ceilingKb, ceilingSizesKb } from '@/app/bench-ceiling/CeilingContent';

/**
 * The ceiling `npm run bench` measures reader pages against: a page prerendered at build, in the
 * same root layout, with no data access and no client component, padded to about `kb` KiB of
 * HTML. Whatever a cached Broadsheet page costs beyond this is Broadsheet's own.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return ceilingSizesKb.map((kb) => ({ kb: String(kb) }));
}

export const metadata: Metadata = { title: 'Benchmark ceiling', robots: { index: false, follow: false } };

export default async function CeilingPage({ params }: { params: Promise<{ kb: string }> }) {
  return <CeilingContent kb={await ceilingKb(params)} />;
}
