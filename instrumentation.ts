export async function register() {
  // Migrate and seed once per server process, before the first request is served.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { bootstrapDatabase } = await import('./db/bootstrap');
    bootstrapDatabase();
  }
}
