import { readFileSync } from 'node:fs';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

/** Where a frame's time is put: its file (node_modules and .next prefixes cut), or its name for native and V8 frames. */
function placeOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName;
  return url.replace(/^.*node_modules\//, '').replace(/^.*\/\.next\//, '.next/');
}

/**
 * A `node --cpu-prof` profile's self time by file, over a window given in the monotonic clock
 * (`process.hrtime`, which V8's sample times share on Linux). Shares are of the thread's busy
 * time in the window; `busy` is that time's share of the window.
 */
export function selfTimeByFile(file: string, window: { fromNs: bigint; toNs: bigint }): { busy: number; shares: [string, number][] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const fromUs = Number(window.fromNs / 1000n);
  const toUs = Number(window.toNs / 1000n);
  const byPlace = new Map<string, number>();
  let clock = profile.startTime;
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clock += delta;
    if (clock < fromUs || clock > toUs) return;
    total += delta;
    const place = placeOf(nodes.get(id)!);
    if (place === '(idle)') idle += delta;
    else byPlace.set(place, (byPlace.get(place) ?? 0) + delta);
  });
  const busyTime = total - idle;
  const shares = [...byPlace].map(([place, time]): [string, number] => [place, time / busyTime]).sort((a, b) => b[1] - a[1]);
  return { busy: total > 0 ? busyTime / total : 0, shares };
}
