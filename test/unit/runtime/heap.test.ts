import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { heapLimitAdvice, heapLimitFlag } from "../../../src/runtime/heap.js";

/** The node flags of `npm start`: the words between `node` and the script it runs. */
function npmStartFlags(): string[] {
  const words = (JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string).split(/\s+/);
  expect(words[0]).toBe("node");
  const script = words.findIndex((w, i) => i > 0 && !w.startsWith("-"));
  return words.slice(1, script);
}

describe("the heap limit the app runs with", () => {
  it("is the one npm start and the Docker image give node", () => {
    expect(npmStartFlags()).toEqual([heapLimitFlag]);
    const dockerfile = readFileSync("Dockerfile", "utf8");
    expect(dockerfile.match(/^\s*NODE_OPTIONS=(\S+)/m)?.[1]).toBe(heapLimitFlag);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/server\/main\.js"\]$/m);
  });

  it("is advised on in the log only when it is wrong for where the app runs", () => {
    // npm start's limit (1024 MiB old + 48 MiB young) on a large machine, or just under V8's fourfold line.
    expect(heapLimitAdvice(1072, 24_000)).toBeUndefined();
    expect(heapLimitAdvice(2095, 24_000)).toBeUndefined();
    // V8's own limit on a large machine: the heap may grow fourfold.
    const generous = heapLimitAdvice(4144, 24_000);
    expect(generous).toContain("4144 MiB");
    expect(generous).toContain("four times");
    expect(generous).toContain(heapLimitFlag);
    // npm start's limit in a 512 MiB container: more than it may use; a limit that fits is named.
    const tooLarge = heapLimitAdvice(1072, 512);
    expect(tooLarge).toContain("more than three quarters of the 512 MiB");
    expect(tooLarge).toContain("--max-old-space-size=336");
  });
});
