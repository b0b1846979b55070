// `npx depcruise src` (part of `npm test`): no import cycles, between files or between folders, so that
// each folder stays one stage that the ones above it use and that never reaches back up.

/**
 * The stages whose folders are layers: each folder imports only from the folders before it in its list
 * (docs/architecture.md has both tables). A stage's entry points sit beside its folders and no folder
 * imports them, except the files every layer shares (`shared`: the advisor's answer types).
 */
const layeredStages = [
  {
    stage: "src/understanding",
    folders: [
      "text",
      "words",
      "intent",
      "thread",
      "it",
      "names",
      "occupations",
      "entities",
      "shape",
      "steps",
      "thread-rules",
    ],
    shared: [],
  },
  {
    stage: "src/advisor",
    folders: [
      "parts",
      "general",
      "pay",
      "outlook",
      "occupations",
      "roles",
      "getting-in",
      "moves",
      "it",
      "ask",
    ],
    shared: ["answers.ts"],
  },
];

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (names) => `(${names.map(escaped).join("|")})`;

/** One rule per folder but the last: it may not import a folder after it in its stage's list. */
function laterFolderRules({ stage, folders }) {
  return folders.slice(0, -1).map((folder, i) => ({
    name: `layer-${stage.split("/").pop()}-${folder}`,
    comment: `${stage}/${folder}/ imports a folder after it in the list of layers (.dependency-cruiser.mjs): move the shared part down, or the caller up.`,
    severity: "error",
    from: { path: `^${escaped(stage)}/${escaped(folder)}/` },
    to: { path: `^${escaped(stage)}/${anyOf(folders.slice(i + 1))}/` },
  }));
}

/** A folder of the stage that imports one of its entry points, or a folder the list does not place. */
function stageRules({ stage, folders, shared }) {
  const name = stage.split("/").pop();
  return [
    {
      name: `layer-${name}-entry-points`,
      comment: `A folder of ${stage}/ imports one of its entry points, which sit above every folder.`,
      severity: "error",
      from: { path: `^${escaped(stage)}/[^/]+/` },
      to: {
        path: `^${escaped(stage)}/[^/]+$`,
        ...(shared.length > 0 ? { pathNot: `^${escaped(stage)}/${anyOf(shared)}$` } : {}),
      },
    },
    {
      name: `layer-${name}-unplaced-folder`,
      comment: `A folder of ${stage}/ that is not in its list of layers (.dependency-cruiser.mjs): place it there.`,
      severity: "error",
      from: { path: `^${escaped(stage)}/[^/]+/`, pathNot: `^${escaped(stage)}/${anyOf(folders)}/` },
      to: {},
    },
  ];
}

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
    ...layeredStages.flatMap((stage) => [...laterFolderRules(stage), ...stageRules(stage)]),
  ],
  options: {
    // Type-only imports are kept in the graph: a type cycle is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    metrics: true,
  },
};
