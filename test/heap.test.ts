import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { heapLimitAdvice, heapLimitFlag } from "../src/heap.js";

/** The node flags of `npm start` (package.json) and of the Docker image's CMD. */
function startFlags(): { npm: string[]; docker: string[] } {
  const start = JSON.parse(readFileSync("package.json", "utf8")).scripts.start as string;
  const cmd = readFileSync("Dockerfile", "utf8").match(/^CMD (\[.*\])$/m)?.[1] ?? "[]";
  const flagsOf = (words: string[]) => words.filter((w) => w.startsWith("--"));
  return { npm: flagsOf(start.split(/\s+/)), docker: flagsOf(JSON.parse(cmd) as string[]) };
}

describe("the heap limit the app runs with", () => {
  it("is the same for npm start and the Docker image", () => {
    const { npm, docker } = startFlags();
    expect(npm).toContain(heapLimitFlag);
    expect(docker).toEqual(npm);
  });

  it("is advised against in the log only when V8 would grow the heap fourfold", () => {
    expect(heapLimitAdvice(1072)).toBeUndefined();
    expect(heapLimitAdvice(2047)).toBeUndefined();
    const advice = heapLimitAdvice(4144);
    expect(advice).toContain("4144 MiB");
    expect(advice).toContain(`node ${heapLimitFlag} dist/main.js`);
  });
});
