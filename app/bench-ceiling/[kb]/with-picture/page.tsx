import type { Metadata } from 'next';
import { CeilingContent, ceilingKb, ceilingSizesKb } from '@/app/bench-ceiling/CeilingContent';

/** The ceiling page with a lead picture on top: the Lighthouse floor for pages whose largest paint is a picture. */
export const dynamicParams = false;

export function generateStaticParams() {
  return ceilingSizesKb.map((kb) => ({ kb: String(kb) }));
}

export const metadata: Metadata = { title: 'Benchmark ceiling with a picture', robots: { index: false, follow: false } };

export default async function CeilingPageWithPicture({ params }: { params: Promise<{ kb: string }> }) {
  return <CeilingContent kb={await ceilingKb(params)} withPicture />;
}
