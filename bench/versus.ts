// npm run bench:versus -- <other checkout> [rounds] — answer time of this checkout against another one (say a
// worktree of an earlier commit), both loaded in one process and asked the same questions in turn. Run one
// after the other, two processes on a shared machine differ by more than most changes cost (the same commit
// has given p50 2.5 and 3.5 ms ten minutes apart); asked in turn, question by question, both sides meet the
// same load, so their ratio is what the code costs. Prints figures; asserts nothing.
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { percentile } from "./lib/stats.js";

type Answerer = (question: string) => void;

/** A checkout's own knowledge and pipeline (its modules, not this one's), with its official layer if imported. */
async function answererOf(checkout: string): Promise<Answerer> {
  const from = (file: string) => import(path.join(checkout, "src", file));
  const { loadKnowledgeBase } = await from("knowledge/base.ts");
  const { converse } = await from("advisor/converse.ts");
  const { anonymousUser } = await from("advisor/answers.ts");
  const { parseCommand } = await from("understanding/command-grammar.ts");
  const officialDir = path.join(checkout, "data", "official");
  const kb = loadKnowledgeBase(
    path.join(checkout, "knowledge"),
    existsSync(officialDir) ? { officialDir } : {},
  );
  return (question) => {
    const command = parseCommand(kb, question);
    const usable =
      command.kind === "prefs" || command.kind === "digest" ? { kind: "ask", question } : command;
    converse(kb, usable, undefined, anonymousUser);
  };
}

const [otherArg, roundsArg] = process.argv.slice(2);
if (!otherArg) {
  console.error("usage: npm run bench:versus -- <other checkout> [rounds, default 3]");
  process.exit(2);
}
const here = path.resolve(import.meta.dirname, "..");
const other = path.resolve(otherArg);
const rounds = Number(roundsArg ?? 3);

// The tuning half's single questions: real wordings of every kind (never the held-out half).
const corpus = parse(readFileSync(path.join(here, "eval/corpus/tuning.yaml"), "utf8")) as { ask?: unknown }[];
const questions = corpus
  .map((item) => item.ask)
  .filter((ask): ask is string => typeof ask === "string")
  .slice(0, 1200);

const sides = [await answererOf(here), await answererOf(other)] as const;
for (const question of questions) for (const answer of sides) answer(question); // warm up both

const times: [number[], number[]] = [[], []];
let hereSlower = 0;
for (let round = 0; round < rounds; round++)
  questions.forEach((question, i) => {
    // Who goes first alternates, so neither side always meets a cache the other has just warmed.
    const order = (i + round) % 2 === 0 ? [0, 1] : [1, 0];
    const taken = [0, 0];
    for (const side of order) {
      const start = performance.now();
      sides[side]?.(question);
      taken[side] = performance.now() - start;
    }
    times[0].push(taken[0] ?? 0);
    times[1].push(taken[1] ?? 0);
    if ((taken[0] ?? 0) > (taken[1] ?? 0)) hereSlower++;
  });

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
const line = (name: string, list: number[]) =>
  `${name}: p50 ${percentile(list, 50).toFixed(2)} ms, p99 ${percentile(list, 99).toFixed(2)} ms, ${sum(list).toFixed(0)} ms in all`;
console.log(
  `bench:versus, ${questions.length} questions × ${rounds} rounds, load average ${os.loadavg()[0]?.toFixed(1)} on ${os.availableParallelism()} CPUs`,
);
console.log(line(`this checkout (${here})`, times[0]));
console.log(line(`the other (${other})`, times[1]));
console.log(
  `this / other, time in all: ${(sum(times[0]) / sum(times[1])).toFixed(3)}; this one slower on ${((100 * hereSlower) / times[0].length).toFixed(1)}% of questions`,
);
