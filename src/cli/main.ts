import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { advise } from "../advisor/advise.js";
import { type Answer, anonymousUser } from "../advisor/answers.js";
import { digestFor } from "../advisor/general/digest.js";
import { chartFor } from "../charts/answer-chart.js";
import { renderPng } from "../charts/render.js";
import { type KnowledgeBase, loadKnowledgeBase } from "../knowledge/base.js";
import { KnowledgeError } from "../knowledge/core/loader.js";
import { runMcpStdio } from "../mcp/stdio.js";
import { defaultOfficialDir, runDataCommand } from "../official/cli.js";
import { renderText } from "../render/plain-text.js";
import { parseCommand } from "../understanding/command-grammar.js";
import { runFeedbackCommand } from "./feedback.js";
import { runInsightsCommand } from "./insights.js";
import { runStoreCommand } from "./store.js";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface CliResult {
  code: number;
  out: string;
}

/** Runs one CLI invocation: the same grammar as /career, answered as plain text. */
export function runCli(args: string[], knowledgeDir: string, today = new Date()): CliResult {
  // `--chart FILE` (salary and compare only): the answer's pay chart as PNG, the picture Slack shows.
  const chartAt = args.indexOf("--chart");
  const chartFile = chartAt >= 0 ? (args[chartAt + 1] ?? "") : undefined;
  const rest = chartAt >= 0 ? [...args.slice(0, chartAt), ...args.slice(chartAt + 2)] : args;
  const kb = loadKnowledgeBase(knowledgeDir, {
    officialDir: process.env.OFFICIAL_DATA_DIR?.trim() || defaultOfficialDir,
  });
  const command = parseCommand(kb, rest.join(" "));
  if (
    chartFile !== undefined &&
    (!/\S/.test(chartFile) || chartFile.startsWith("--") || !["salary", "compare"].includes(command.kind))
  )
    return { code: 2, out: chartUsage };
  if (command.kind === "prefs" || (command.kind === "digest" && command.action !== "preview"))
    return {
      code: 2,
      out: `\`${command.kind}\` keeps settings per Slack user or channel, so it works in Slack only.\nUsage here: career digest preview [--date YYYY-MM-DD]`,
    };
  if (command.kind === "digest")
    return { code: 0, out: renderText(digestFor(kb, command.date ?? today.toISOString().slice(0, 10))) };
  const answer = advise(kb, command, anonymousUser);
  // A command the grammar could not read, or one the advisor found short of something ("compare mle").
  if (answer.kind === "usage") return { code: 2, out: renderText(answer) };
  return chartFile === undefined ? { code: 0, out: renderText(answer) } : withChart(kb, answer, chartFile);
}

const chartUsage =
  "Usage: career salary <role> [level] [location] --chart FILE.png, or career compare <role> <role> --chart FILE.png";

/** The answer as text, and its pay chart written to `file` (the same PNG the Slack app serves). */
function withChart(kb: KnowledgeBase, answer: Answer, file: string): CliResult {
  const text = renderText(answer);
  const chart = chartFor(kb, answer);
  if (!chart) return { code: 0, out: `${text}\n\nNo chart written: too few dollar figures to draw.` };
  try {
    writeFileSync(file, renderPng(chart.svg));
  } catch (error) {
    return { code: 1, out: `Could not write the chart to ${file}: ${(error as Error).message}` };
  }
  return { code: 0, out: `${text}\n\nChart written to ${file}.` };
}

/** The subcommands that answer from the store or the data files rather than the knowledge alone. */
const subcommands = new Map<string, (args: string[], env: NodeJS.ProcessEnv) => Promise<CliResult>>([
  ["insights", (_args, env) => runInsightsCommand(env)],
  ["data", runDataCommand],
  ["feedback", runFeedbackCommand],
  ["store", runStoreCommand],
]);

/** Writes a subcommand's output (to stderr when it failed) and gives its exit code. */
function printed({ code, out }: CliResult): number {
  (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
  return code;
}

export function main(argv: string[]): number | Promise<number> {
  const subcommand = subcommands.get(argv[0] ?? "");
  if (subcommand) return subcommand(argv.slice(1), process.env).then(printed);
  const knowledgeDir = process.env.KNOWLEDGE_DIR ?? path.join(packageRoot, "knowledge");
  // The advisor as MCP tools over stdio, for desktop assistants (docs/mcp.md).
  if (argv[0] === "mcp")
    return runMcpStdio(knowledgeDir, process.env).catch((error: unknown) => {
      process.stderr.write(
        error instanceof KnowledgeError
          ? `${error.message}\nFix the files named above (see knowledge/README.md), then run again.\n`
          : `career mcp stopped: ${(error as Error).stack ?? error}\n`,
      );
      return 1;
    });
  try {
    const { code, out } = runCli(argv, knowledgeDir);
    (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
    return code;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      process.stderr.write(
        `${error.message}\nFix the files named above (see knowledge/README.md), then run again.\n`,
      );
      return 1;
    }
    throw error;
  }
}
