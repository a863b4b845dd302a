export async function register() {
  // Migrate and seed once per server process, before the first request is served.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { bootstrapDatabase, finishDemoContent } = await import('./db/bootstrap');
    const { isFrontDoorInstalled, recordStartOutcome } = await import('./lib/server-start');
    try {
      bootstrapDatabase();
      await finishDemoContent();
      const { getDb } = await import('./db/client');
      const { bindCacheToDatabase } = await import('./db/cache/database-binding');
      bindCacheToDatabase(getDb().$client);
      // Read by lib/page-cache-handler.mjs, which Next.js loads as plain JavaScript.
      const { tagChangeTimes } = await import('./db/cache/tag-changes');
      (globalThis as Record<symbol, unknown>)[Symbol.for('broadsheet.tag-change-times')] = () => tagChangeTimes();
      const { startMaintenance } = await import('./db/maintenance');
      startMaintenance();
      recordStartOutcome();
    } catch (error) {
      // Behind the front door the failure stops the process with one clear line; under a bare
      // `next start` it is thrown for Next.js to report.
      recordStartOutcome(error);
      if (!isFrontDoorInstalled()) throw error;
    }
  }
}
