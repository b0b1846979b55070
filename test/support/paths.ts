import path from "node:path";

/** The repository's root, for the files tests read by their path in the repo (manifest.yml, bin/, knowledge/). */
export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** A file under test/support/fixtures. */
export const fixturePath = (...parts: string[]): string =>
  path.join(import.meta.dirname, "fixtures", ...parts);
