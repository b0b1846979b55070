import { getHeapStatistics } from "node:v8";

/**
 * The heap limit the app runs with (`npm start`, the Docker image). V8 decides how far the old generation
 * may grow before the next full collection as a multiple of what survived the last one, and caps that
 * multiple by the heap limit: 4 when the limit is 2 GiB or more, which V8 picks by itself on any machine
 * with 16 GiB or more, and 1.3 to 2 below it (1.6 at 1 GiB; v8/src/heap/heap-controller.cc). The app keeps
 * about 37 MiB alive under load, so on a large machine it held 300 MiB resident where 200 MiB does with
 * this limit (README, "Memory"). 1 GiB is still over 25 times what the app keeps alive.
 */
export const heapLimitFlag = "--max-old-space-size=1024";

/** From this limit on (old generation and young), V8 lets the heap grow to four times what it keeps. */
const generousLimitMiB = 2048;

/** The heap limit V8 is running with (old generation and young), in MiB. */
export function heapLimitMiB(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/** A line for the log when the heap limit lets V8 grow the heap to four times what it keeps. */
export function heapLimitAdvice(limitMiB: number): string | undefined {
  if (limitMiB < generousLimitMiB) return undefined;
  return `V8's heap limit is ${limitMiB} MiB, so under load it lets the heap grow to four times what the app keeps; run it as npm start does (node ${heapLimitFlag} dist/main.js) unless it needs more (README, "Memory").`;
}
