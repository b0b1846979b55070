/**
 * `npm run eval:noise`: asks every labelled question of the corpus again, typed as people type in chat
 * (`typing-noise.ts`: lower case, no punctuation, short forms, misspellings, a greeting, a mention…), and
 * counts the turns answered right when typed carefully that are still right. For the held-out half only
 * the counts are printed; `--failures` lists what breaks in the tuning half.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../src/knowledge/base.js";
import { ensureOfficialLayer } from "../src/official/ensure.js";
import { type CorpusItem, evaluate, loadCorpus } from "./evaluate.js";
import { typingNoise } from "./typing-noise.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const officialDir = process.env.OFFICIAL_DATA_DIR ?? path.join(root, "data", "official");
await ensureOfficialLayer(officialDir, path.join(root, "..", "shared", "data", "official"));
const kb = loadKnowledgeBase(path.join(root, "knowledge"), { officialDir });
const showFailures = process.argv.includes("--failures");

/** The same items with every turn rewritten; items the rewrite leaves unchanged are left out. */
function rewritten(corpus: CorpusItem[], rewrite: (ask: string) => string): CorpusItem[] {
  return corpus.flatMap((item): CorpusItem[] => {
    if ("dialogue" in item) {
      const dialogue = item.dialogue.map((turn) => ({ ...turn, ask: rewrite(turn.ask) }));
      return dialogue.some((turn, i) => turn.ask !== item.dialogue[i]?.ask) ? [{ ...item, dialogue }] : [];
    }
    const ask = rewrite(item.ask);
    return ask === item.ask ? [] : [{ ...item, ask }];
  });
}

console.log(`${"typed with".padEnd(32)}${"tuning: still right".padEnd(28)}held-out: still right`);
const halves = ["tuning", "heldout"] as const;
const clean = Object.fromEntries(
  halves.map((h) => {
    const corpus = loadCorpus(path.join(root, "eval", "corpus", `${h}.yaml`));
    return [h, { corpus, report: evaluate(kb, corpus) }];
  }),
) as Record<(typeof halves)[number], { corpus: CorpusItem[]; report: ReturnType<typeof evaluate> }>;
const failures: string[] = [];
const totals = { tuning: { kept: 0, of: 0 }, heldout: { kept: 0, of: 0 } };
for (const [name, rewrite] of Object.entries(typingNoise)) {
  const cells = halves.map((h) => {
    const { corpus, report } = clean[h];
    const noisy = evaluate(kb, rewritten(corpus, rewrite));
    let kept = 0;
    let of = 0;
    for (const [id, right] of noisy.turnsRight) {
      if (!report.turnsRight.get(id)) continue; // wrong when typed carefully: not a question of typing
      of++;
      if (right) kept++;
    }
    totals[h].kept += kept;
    totals[h].of += of;
    if (h === "tuning" && showFailures)
      for (const f of noisy.failures)
        if (report.turnsRight.get(f.split(" ")[0] ?? "")) failures.push(`[${name}] ${f}`);
    return `${((kept / Math.max(of, 1)) * 100).toFixed(1)}% (${kept}/${of})`;
  });
  console.log(`${name.padEnd(32)}${(cells[0] ?? "").padEnd(28)}${cells[1]}`);
}
const all = halves.map(
  (h) => `${((totals[h].kept / totals[h].of) * 100).toFixed(1)}% (${totals[h].kept}/${totals[h].of})`,
);
console.log(`${"all of them".padEnd(32)}${(all[0] ?? "").padEnd(28)}${all[1]}`);
if (showFailures) {
  console.log("\nWhat breaks in the tuning half:");
  for (const f of failures) console.log(`  ${f}`);
}
