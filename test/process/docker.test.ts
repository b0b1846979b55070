import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** What the Dockerfile's last stage copies into the image, by the path it has there. */
function runtimeCopies(): string[] {
  const dockerfile = readFileSync("Dockerfile", "utf8");
  const runtime = dockerfile.slice(dockerfile.lastIndexOf("\nFROM "));
  return [...runtime.matchAll(/^COPY (?:--from=\S+ )?(\S+) (\S+)$/gm)].map(([, from, to]) =>
    (to === "./" ? (from as string) : (to as string)).replace(/^\.\//, "").replace(/^\/app\//, ""),
  );
}

describe("the Docker image", () => {
  it("holds everything the package publishes, which is what the app reads at run time", () => {
    const published = JSON.parse(readFileSync("package.json", "utf8")).files as string[];
    const copied = runtimeCopies();
    for (const path of published) expect(copied, `the runtime stage does not COPY ${path}`).toContain(path);
  });
});
