/**
 * At most `maxInFlight` jobs running, up to `maxWaiting` more waiting their turn in arrival
 * order, and a plain "no" past that. The front door puts view-action posts through one: under a
 * viral spike, 32 actions at once filled the event loop and readers' pages waited behind them
 * (page p99 3.8x its normal figure); a short queue keeps room for pages and bounds the memory
 * a flood can hold.
 */
export type AdmissionQueue = {
  /** Runs `start` now or when a place frees; false (and `start` never runs) when the queue is full. `start` gets the release to call once. */
  admit(start: (release: () => void) => void): boolean;
  readonly inFlight: number;
  readonly waiting: number;
};

export function createAdmissionQueue({ maxInFlight, maxWaiting }: { maxInFlight: number; maxWaiting: number }): AdmissionQueue {
  let inFlight = 0;
  const waiting: ((release: () => void) => void)[] = [];

  function run(start: (release: () => void) => void): void {
    inFlight++;
    let released = false;
    start(() => {
      if (released) return;
      released = true;
      inFlight--;
      const next = waiting.shift();
      if (next) run(next);
    });
  }

  return {
    admit(start) {
      if (inFlight < maxInFlight) run(start);
      else if (waiting.length < maxWaiting) waiting.push(start);
      else return false;
      return true;
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
