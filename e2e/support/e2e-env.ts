import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Shared by playwright.config.ts and specs. Deterministic per port: the config file is
// evaluated again in every worker process.
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`;
export const e2eDatabasePath = process.env.E2E_DATABASE_PATH ?? join(tmpdir(), `broadsheet-e2e-${e2ePort}.db`);

/**
 * The counting rules the e2e server runs with. Every e2e browser comes from 127.0.0.1, so the
 * per-address limit and cap are lifted (they are unit-tested instead); /how-we-count must say so.
 */
export const e2eViewCountingEnv = { VIEW_DEDUPE_MINUTES: '30', VIEW_RATE_LIMIT_MAX: '100000', VIEW_DAILY_CAP_PER_ADDRESS: '100000' };
