// npm run bench — start-up time (load + validate + index) and question-answering latency, on the real
// knowledge and on a generated knowledge base of 10,000 roles. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { advise } from "../src/advisor/advise.js";
import { anonymousUser } from "../src/advisor/types.js";
import { loadKnowledgeBase } from "../src/knowledge/base.js";
import { parseCommand } from "../src/parser.js";
import { generatedQuestions, generateKnowledge } from "./generate-knowledge.js";
import { percentile } from "./stats.js";

const realDir = path.resolve(import.meta.dirname, "../knowledge");
const realQuestions = [
  "machin lerning enginer salery in seatle",
  "what does an ML engineer earn in Seattle?",
  "how much do senior machine learning engineers make?",
  "what is the total compensation for an mle",
  "what tools does a data science engineer use",
  "difference between swe and mle",
  "what are best practices for deploying models",
  "how big will the machine learning market be by 2027",
  "who won the world cup",
  "compare mle swe",
  "salary mle senior seattle",
  "gap swe to lead mle",
];

function timeStartup(dir: string, runs: number): { first: number; median: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    loadKnowledgeBase(dir);
    times.push(performance.now() - start);
  }
  return { first: times[0] ?? 0, median: percentile(times, 50) };
}

function timeAnswers(dir: string, questions: string[], rounds: number) {
  const kb = loadKnowledgeBase(dir);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const q of questions) {
      const start = performance.now();
      const command = parseCommand(kb, q);
      if (command.kind !== "prefs" && command.kind !== "digest") advise(kb, command, anonymousUser);
      times.push(performance.now() - start);
    }
  return {
    count: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: Math.max(...times),
  };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

const real = timeStartup(realDir, 20);
console.log(
  `real knowledge (11 roles): start-up first ${ms(real.first)}, median of 20 ${ms(real.median)}  (target < 300 ms)`,
);
const realAnswers = timeAnswers(realDir, realQuestions, 200);
console.log(
  `real knowledge: ${realAnswers.count} answers, p50 ${ms(realAnswers.p50)}, p99 ${ms(realAnswers.p99)}, max ${ms(realAnswers.max)}  (target p99 < 2 ms)`,
);

const bigDir = path.join(mkdtempSync(path.join(os.tmpdir(), "career-bench-")), "knowledge");
generateKnowledge(realDir, bigDir, 10_000);
const big = timeStartup(bigDir, 3);
console.log(
  `generated knowledge (10,000 roles): start-up first ${ms(big.first)}, median of 3 ${ms(big.median)}`,
);
const bigAnswers = timeAnswers(bigDir, generatedQuestions, 50);
console.log(
  `generated knowledge: ${bigAnswers.count} answers, p50 ${ms(bigAnswers.p50)}, p99 ${ms(bigAnswers.p99)}, max ${ms(bigAnswers.max)}  (target p99 < 20 ms)`,
);
rmSync(path.dirname(bigDir), { recursive: true, force: true });
