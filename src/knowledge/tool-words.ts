import type { KnowledgeBase } from "./base.js";

const toolWords = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/**
 * Whether a word is the one-word name of a skill, framework or tool some role lists ("python", "react",
 * "kubernetes"): said before a job's name, it says what kind of that job ("a python backend dev").
 */
export function isToolWord(kb: KnowledgeBase, word: string): boolean {
  let words = toolWords.get(kb);
  if (!words) {
    words = new Set(
      kb.knowledge.roles
        .flatMap((r) => [...r.skills.technical, ...r.skills.frameworks, ...r.skills.tools])
        .map((name) => name.toLowerCase())
        .filter((name) => /^[a-z][a-z0-9+#.]*$/.test(name)),
    );
    toolWords.set(kb, words);
  }
  return words.has(word);
}
