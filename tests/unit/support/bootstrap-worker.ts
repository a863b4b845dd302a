// One server process's first start, for the simultaneous-start test in migrations.test.ts.
// Waits for the moment given in argv[2] so that every process starts together.
import { bootstrapDatabase } from '@/db/bootstrap';

const startAt = Number(process.argv[2]);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
bootstrapDatabase();
console.log('started');
