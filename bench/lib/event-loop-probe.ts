/**
 * How long one request holds the server's event loop, seen from outside: while it runs, a
 * probe asks for a tiny cached file back to back; better-sqlite3 is synchronous, so any
 * stretch the request spends in the database or rendering delays the probe by as much. The
 * figure is the probe's worst latency minus its idle latency.
 */
export async function worstEventLoopBlock(baseUrl: string, path: string): Promise<{ blockedMs: number; totalMs: number; status: number }> {
  const probeUrl = `${baseUrl}/icon.svg`;
  const probeOnce = async () => {
    const started = performance.now();
    await (await fetch(probeUrl)).arrayBuffer();
    return performance.now() - started;
  };
  const idle = Math.min(...(await Promise.all([probeOnce(), probeOnce(), probeOnce()])));
  let done = false;
  let worst = 0;
  const probing = (async () => {
    while (!done) worst = Math.max(worst, await probeOnce());
  })();
  const started = performance.now();
  const response = await fetch(baseUrl + path);
  await response.arrayBuffer();
  const totalMs = performance.now() - started;
  done = true;
  await probing;
  return { blockedMs: Math.max(0, worst - idle), totalMs, status: response.status };
}
