// `npx depcruise src` (part of `npm test`): no import cycles, between files or between folders, so that
// each folder stays one stage that the ones above it use and that never reaches back up.
export default {
  forbidden: [
    {
      name: "no-circular",
      comment: "Two files import each other, directly or around a loop (type-only imports count too).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    // Two folders of src/ that import each other: move the shared part down, or the wiring up a level.
    {
      name: "no-circular-folders",
      severity: "error",
      scope: "folder",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports are kept in the graph: a type cycle is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    metrics: true,
  },
};
