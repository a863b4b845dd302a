import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAdmissionQueue } from '@/lib/http/admission-queue';

test('at most maxInFlight run at once, the next waits its turn in arrival order, and past maxWaiting the answer is no', () => {
  const queue = createAdmissionQueue({ maxInFlight: 2, maxWaiting: 2 });
  const started: number[] = [];
  const releases = new Map<number, () => void>();
  const job = (n: number) => (release: () => void) => {
    started.push(n);
    releases.set(n, release);
  };
  assert.deepEqual(
    [1, 2, 3, 4, 5].map((n) => queue.admit(job(n))),
    [true, true, true, true, false],
  );
  assert.deepEqual(started, [1, 2]);
  assert.deepEqual([queue.inFlight, queue.waiting], [2, 2]);
  releases.get(2)!();
  releases.get(2)!(); // a second release of the same job frees nothing more
  assert.deepEqual(started, [1, 2, 3]);
  assert.deepEqual([queue.inFlight, queue.waiting], [2, 1]);
  releases.get(1)!();
  releases.get(3)!();
  assert.deepEqual(started, [1, 2, 3, 4]);
  releases.get(4)!();
  assert.deepEqual([queue.inFlight, queue.waiting], [0, 0]);
  assert.equal(queue.admit(job(6)), true);
  assert.deepEqual(started, [1, 2, 3, 4, 6]);
});
