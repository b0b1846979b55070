import os from "node:os";
import { getHeapStatistics } from "node:v8";

/**
 * The heap limit the app runs with (`npm start`; NODE_OPTIONS in the Docker image). V8 decides how far the
 * old generation may grow before the next full collection as a multiple of what survived the last one, and
 * caps that multiple by the limit: 4 when the old generation may reach 2 GiB or more, as V8 decides by
 * itself on a machine (or in a container) with plenty of memory, and 1.3 to 2 below (1.6 at 1 GiB;
 * v8/src/heap/heap-controller.cc). The app keeps about 37 MiB alive under load, so on the 24 GiB build
 * machine it held 300 MiB resident where 200 MiB does with this limit (docs/operations.md, "Memory and sizing"); 1 GiB is still
 * over 25 times what it keeps.
 */
export const heapLimitFlag = "--max-old-space-size=1024";

/** V8's heap limit counts the young generation too: three 16 MiB semi-spaces on 64-bit. */
const youngGenerationMiB = 48;
/** The old generation's limit from which V8 lets the heap grow to four times what it keeps. */
const generousOldGenerationMiB = 2048;
/** The share of the process's memory the heap may take, leaving the rest to code, buffers and native memory. */
const heapShare = 0.75;

/** The heap limit V8 is running with (old generation and young), in MiB. */
export function heapLimitMiB(): number {
  return Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
}

/** The memory this process may use, in MiB: its container's limit when it has one, else the machine's. */
export function availableMemoryMiB(): number {
  const total = os.totalmem();
  // Node 20 reports "no limit" as a huge number (2^64) or 0.
  const constrained = process.constrainedMemory() ?? 0;
  return Math.round((constrained > 0 && constrained < total ? constrained : total) / 2 ** 20);
}

/**
 * A line for the log when the heap limit is wrong for where the app runs: larger than the memory it may
 * use allows (the container would be stopped for lack of memory before V8 collected harder), or so large
 * that V8 lets the heap grow to four times what the app keeps.
 */
export function heapLimitAdvice(limitMiB: number, availableMiB: number): string | undefined {
  const fits = Math.floor(availableMiB * heapShare) - youngGenerationMiB;
  if (limitMiB > availableMiB * heapShare)
    return `V8's heap limit is ${limitMiB} MiB, more than three quarters of the ${availableMiB} MiB this process may use, so it could run out of memory before V8 collects harder: run node with --max-old-space-size=${fits} (in Docker, set NODE_OPTIONS; docs/operations.md, "Memory and sizing").`;
  if (limitMiB - youngGenerationMiB >= generousOldGenerationMiB)
    return `V8's heap limit is ${limitMiB} MiB, so under load it lets the heap grow to four times what the app keeps: run node with ${heapLimitFlag}, as npm start and the Docker image do, unless the app needs more (docs/operations.md, "Memory and sizing").`;
  return undefined;
}
