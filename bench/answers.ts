// npm run bench:answers -- <checkout> [--noise] — every tuning-corpus turn's answer as the checkout gives it
// (dialogues as threads): the rendered text, with the understanding and the thread's context beside it, one
// turn after another. With --noise, each turn again typed every way eval:noise types it. Two checkouts'
// outputs diffed show whether a change meant to be only faster (a cache, say) changed any answer. Only the
// tuning half is read.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const checkout = path.resolve(process.argv[2] ?? ".");
const from = (file: string) => import(path.join(checkout, file));
const { loadKnowledgeBase } = await from("src/knowledge/base.ts");
const { converse } = await from("src/advisor/converse.ts");
const { anonymousUser } = await from("src/advisor/answers.ts");
const { parseCommand } = await from("src/understanding/command-grammar.ts");
const { renderText } = await from("src/render/plain-text.ts");
const { typingNoise } = await from("eval/typing-noise.ts");
const officialDir = path.join(checkout, "data", "official");
const kb = loadKnowledgeBase(
  path.join(checkout, "knowledge"),
  existsSync(officialDir) ? { officialDir } : {},
);

type Item = { id: string; ask?: string; dialogue?: { ask: string }[] };
const corpus = parse(readFileSync(path.join(checkout, "eval/corpus/tuning.yaml"), "utf8")) as Item[];
const rewrites: [string, (ask: string) => string][] = [
  ["as labelled", (ask) => ask],
  ...(process.argv.includes("--noise")
    ? Object.entries(typingNoise as Record<string, (ask: string) => string>)
    : []),
];

for (const [way, rewrite] of rewrites)
  for (const item of corpus) {
    const out: string[] = [];
    let context: unknown;
    (item.dialogue ?? [{ ask: item.ask ?? "" }]).forEach((turn, i) => {
      const ask = rewrite(turn.ask);
      const command = parseCommand(kb, ask);
      const usable =
        command.kind === "prefs" || command.kind === "digest" ? { kind: "ask", question: ask } : command;
      const result = converse(kb, usable, context, anonymousUser);
      context = result.context;
      out.push(`## [${way}] ${item.id}.${i + 1} ${ask}`);
      out.push(`understanding ${JSON.stringify(result.understanding)}`);
      out.push(`context ${JSON.stringify(result.context)}`);
      out.push(renderText(result.answer));
    });
    process.stdout.write(`${out.join("\n")}\n`);
  }
