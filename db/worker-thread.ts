import 'server-only';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { databasePath } from '@/db/client';

type Pending = { resolve: (answer: unknown) => void; reject: (error: Error) => void };
type Answer = { id: number; error?: string } & Record<string, unknown>;

/**
 * A worker thread with its own connection to the database, asked one message at a time and
 * answering `{ id, ...answer }` or `{ id, error }`. It is started on first use, started again
 * after it dies, and keeps the process alive only while a caller waits on it.
 * `file` is a JavaScript module under the project root that Node loads at run time, never
 * through Next.js's bundler (plain, or bundled by `npm run build`); a TypeScript one runs under
 * tsx (tests).
 */
export function databaseWorker<Message extends object, Reply>(file: string): (message: Message) => Promise<Reply> {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    // A path computed at run time, so the bundler leaves the worker file alone.
    const path = join(/*turbopackIgnore: true*/ process.cwd(), file);
    const workerData = { path: databasePath() };
    const started = path.endsWith('.ts')
      ? // A worker does not inherit tsx's loader (Node 20): it registers tsx's require hook itself.
        new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(path)});`, {
          eval: true,
          workerData,
          execArgv: ['--conditions=react-server'],
        })
      : new Worker(path, { workerData });
    started.unref();
    started.on('message', ({ id, error, ...answer }: Answer) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) started.unref();
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(answer);
    });
    const fail = (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker = null; // the next call starts a new one
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`${file} exited with code ${code}`)));
    return started;
  }

  return (message) => {
    worker ??= start();
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      worker!.ref();
      worker!.postMessage({ id, ...message });
    });
  };
}
