import { existsSync, type FSWatcher, watch } from "node:fs";
import path from "node:path";
import { type KnowledgeBase, loadKnowledgeBase } from "./base.js";
import { KnowledgeError } from "./core/loader.js";

/**
 * Reloads the knowledge when a file under KNOWLEDGE_DIR changes, without a restart. The new files are
 * loaded and checked exactly as at start (knowledge and language); only if they pass is the running
 * knowledge base swapped for them, in one synchronous step between two requests, so no answer ever mixes
 * old and new. A change with problems is refused and logged with the same messages as `knowledge:check`;
 * the last good knowledge keeps serving. What is built from the knowledge (the understanding) is the
 * caller's to build, through `prepare`, so that this folder does not reach up into the ones that use it.
 */
export function watchKnowledge(
  kb: KnowledgeBase,
  dirs: string,
  o: {
    log: (level: "info" | "warn", message: string) => void;
    /**
     * Builds what is derived from the new knowledge before the swap (the understanding, from the language
     * files), throwing to refuse the change; the step it returns runs right after the swap, in the same
     * synchronous step, on the knowledge base now holding the new knowledge.
     */
    prepare?: (fresh: KnowledgeBase) => (kb: KnowledgeBase) => void;
    /** Called after a swap, with the knowledge base (the same object, now holding the new knowledge). */
    swapped?: (kb: KnowledgeBase) => void | Promise<void>;
    /** How long to wait after the last change before loading: editors write files in several steps. */
    settleMs?: number;
    /** OFFICIAL_DATA_DIR: loaded with the knowledge, and watched too, so a new import is picked up. */
    officialDir?: string;
  },
): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const reload = () => {
    try {
      const fresh = loadKnowledgeBase(dirs, o.officialDir ? { officialDir: o.officialDir } : {});
      const install = o.prepare?.(fresh);
      Object.assign(kb, fresh);
      install?.(kb);
      o.log("info", `knowledge reloaded: ${kb.knowledge.roles.length} roles`);
      void Promise.resolve(o.swapped?.(kb)).catch((error: Error) =>
        o.log("warn", `after reload: ${error.message}`),
      );
    } catch (error) {
      const problems = error instanceof KnowledgeError ? error.problems : [(error as Error).message];
      o.log(
        "warn",
        `knowledge change refused; the last good knowledge keeps serving:\n${problems.join("\n")}`,
      );
    }
  };
  const watched = [
    ...dirs.split(path.delimiter),
    ...(o.officialDir && existsSync(o.officialDir) ? [o.officialDir] : []),
  ];
  const watchers: FSWatcher[] = watched.filter(Boolean).map((dir) =>
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(reload, o.settleMs ?? 500);
    }),
  );
  for (const w of watchers) w.on("error", (error) => o.log("warn", `knowledge watch: ${error.message}`));
  return {
    close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
