import { configDefaults, defineConfig } from "vitest/config";

/**
 * Suites that start processes of their own (the app, the CLI, two instances on one database) or run for
 * long (the property tests): the `slow` project. `npm test` (and CI) runs both projects; `npm run
 * test:fast` runs the rest, for the quick loop while editing.
 */
const slow = [
  "test/official-import.test.ts",
  "test/fuzz.test.ts",
  "test/process.e2e.test.ts",
  "test/instances.e2e.test.ts",
  "test/logging.test.ts",
  "test/cli.test.ts",
  "test/docker.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: "fast", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...slow] },
      },
      { extends: true, test: { name: "slow", include: slow } },
    ],
  },
});
