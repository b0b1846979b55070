import { configDefaults, defineConfig } from "vitest/config";

/**
 * Two projects. `fast` (`npm test`, `npm run test:fast`): the unit, end-to-end and evaluation suites, in
 * process. `slow` (`npm run test:slow`; CI runs both): suites that start processes of their own (the app,
 * the CLI, two instances on one database: test/process/), the property tests (test/property/), and the
 * official data import and the check of the role files' O*NET statements, which read the agencies' files.
 */
const slow = [
  "test/process/**/*.test.ts",
  "test/property/**/*.test.ts",
  "test/unit/official/import.test.ts",
  "test/unit/official/onet-statements.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "fast",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...slow],
          // Files share a worker's modules: the app's modules, the knowledge and its trained classifier are
          // loaded once per worker instead of once per file (70 s instead of 165 s on 2 busy cores). So a
          // test leaves no global state behind: no module mocks, stubbed environment or fake timers.
          isolate: false,
        },
      },
      { extends: true, test: { name: "slow", include: slow } },
    ],
  },
});
