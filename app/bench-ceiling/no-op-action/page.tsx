import type { Metadata } from 'next';
import { benchNoOpViewAction } from './actions';

export const metadata: Metadata = { title: 'Benchmark ceiling: a no-op action', robots: { index: false, follow: false } };

/** Exists so the build has the no-op action (bench/ceiling.ts posts to it here). */
export default function NoOpActionPage() {
  async function submit() {
    'use server';
    await benchNoOpViewAction({ articleId: 1, visitorToken: 'bench' });
  }
  return (
    <main>
      <h1>Benchmark ceiling: a no-op server action</h1>
      <form action={submit}>
        <button type="submit">Call it</button>
      </form>
    </main>
  );
}
