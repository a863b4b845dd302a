// What Lighthouse's simulated (Lantern) LCP was made of in one run: the requests and main-thread
// tasks in its LCP graph, with their simulated start and end. Lantern builds that graph from the
// unthrottled load it observed: every request that finished before the observed paint is in it,
// unless it is a script whose evaluation was a task of its own (10 ms or more) that began after
// the paint (shorter tasks are pruned from the graph, so nothing shows they came later).
import type { RunnerResult } from 'lighthouse';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';

export type LanternNode = { label: string; kind: string; startMs: number; endMs: number; bytes: number };
export type LanternLcp = { nodes: LanternNode[]; scriptKib: number; scripts: number };

type GraphNode = {
  type: 'network' | 'cpu';
  request?: { url: string; resourceType?: string; transferSize?: number };
  childEvents?: { name: string }[];
};
type Estimate = { nodeTimings: Map<GraphNode, { startTime: number; endTime: number }> };

/** Lantern's optimistic LCP graph for a run (the requests it counted), recomputed from the run's artifacts. */
export async function lanternLcp(result: RunnerResult, origin: string): Promise<LanternLcp> {
  const artifacts = result.artifacts as unknown as Record<string, unknown>;
  const computed = (await LanternLargestContentfulPaint.request(
    {
      trace: artifacts.Trace,
      devtoolsLog: artifacts.DevtoolsLog,
      gatherContext: artifacts.GatherContext,
      settings: result.lhr.configSettings,
      URL: artifacts.URL,
      simulator: null,
    } as never,
    { computedCache: new Map() } as never,
  )) as unknown as { optimisticEstimate: Estimate };
  const estimate = computed.optimisticEstimate;
  const nodes = [...estimate.nodeTimings].map(([node, timing]): LanternNode => {
    const kind = node.type === 'network' ? (node.request?.resourceType ?? 'Other') : 'CPU';
    const label =
      node.type === 'network'
        ? (node.request?.url ?? '').replace(origin, '')
        : [
            ...new Set((node.childEvents ?? []).map((event) => event.name).filter((name) => /^(ParseHTML|Layout|Paint|EvaluateScript)$/.test(name))),
          ].join(', ');
    return { label, kind, startMs: timing.startTime, endMs: timing.endTime, bytes: node.request?.transferSize ?? 0 };
  });
  const scripts = nodes.filter((node) => node.kind === 'Script');
  return {
    nodes: nodes.sort((a, b) => a.startMs - b.startMs),
    scriptKib: scripts.reduce((sum, node) => sum + node.bytes, 0) / 1024,
    scripts: scripts.length,
  };
}
