import { z } from "zod";
import type { Answer, UserContext } from "../advisor/answers.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import { citationText } from "../knowledge/core/figure-text.js";
import { renderText } from "../render/plain-text.js";

/*
 * One MCP tool: a name, what it answers (and what it will not), zod schemas for its arguments and its
 * result, and `run`, a thin wrapper over the pure advisor. Each tool is one file in ./tools/, listed once
 * in ./tools/index.ts; src/mcp/server.ts does the rest (validation, rate limits, metrics, logs).
 */

/** What a tool may use: the knowledge, and the caller's saved context (anonymous unless Slack said who). */
export interface ToolContext {
  kb: KnowledgeBase;
  user: UserContext;
  /** The caller is a known Slack user (MCP_AUTH=slack): `user` holds their saved preferences and ticks. */
  known: boolean;
}

/** A tool's result: the answer (structured, and as text with every figure's source), or why there is none. */
export type ToolOutcome<T> =
  | { ok: true; data: T; text: string }
  | { ok: false; reason: "not_found" | "invalid"; text: string };

export interface McpTool<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  /** What it answers and what it will not; an assistant picks tools by this. */
  description: string;
  input: I;
  output: O;
  /** Reads the caller's saved data (checklist ticks, saved role), so their record is loaded first. */
  personal?: boolean;
  // May be async, for a tool whose data is not all in memory.
  run(input: z.infer<I>, ctx: ToolContext): ToolOutcome<z.input<O>> | Promise<ToolOutcome<z.input<O>>>;
}

/** Keeps each tool's own types while the registry holds them all alike. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(tool: McpTool<I, O>): McpTool {
  return tool as unknown as McpTool;
}

/**
 * A word or two as typed (a role, a level, a place): short, so that a 10 KB string is refused by the schema
 * rather than searched, and without `<` or `>`, which no name has and Slack would read as markup.
 */
export const typedName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `name a ${what}`)
    .max(100, `a ${what} is at most 100 characters`)
    .regex(/^[^<>]*$/, `a ${what} has no < or >`);

export const roleName = typedName("role").describe(
  'A role as people say it: "ml engineer", "mle", "data scientist", "SRE"; see list_roles',
);

export const citation = z.object({
  sourceId: z.string(),
  label: z.string().describe("The source, as cited"),
  asOf: z.string().describe("The source's release or as-of date (year), or 'undated'"),
  url: z.string().optional(),
});

/** A figure and where it came from: no number without its source and as-of date. */
export const figure = z.object({
  label: z.string(),
  value: z.string().describe("As the source gives it: a range, an average, 'up to …'"),
  citation,
  baseOnly: z.boolean().optional().describe("Base pay only, without bonus or equity"),
  highlight: z.boolean().optional().describe("The figure the request asked for"),
});

export const roleRef = z.object({ id: z.string(), name: z.string() });

export const skillGroup = z.enum(["technical", "frameworks", "tools", "soft"]);

/**
 * The outcome for an advisor answer: the expected kind is the answer; anything else (an unknown or
 * uncovered role, a usage problem) is an error result that says what was wrong and never carries another
 * role's figures.
 */
export function outcomeOf<K extends Answer["kind"], T>(
  answer: Answer,
  kind: K,
  data: (a: Extract<Answer, { kind: K }>) => T,
): ToolOutcome<T> {
  if (answer.kind === kind) {
    const a = answer as Extract<Answer, { kind: K }>;
    return { ok: true, data: data(a), text: renderText(a) };
  }
  return { ok: false, reason: answer.kind === "usage" ? "invalid" : "not_found", text: problemText(answer) };
}

/**
 * Text the caller typed, quoted back with `&`, `<` and `>` escaped: Slackbot posts what a tool says into
 * Slack, where a typed `<!channel>` must not become a ping.
 */
export function echo(typed: string): string {
  const short = typed.length > 100 ? `${typed.slice(0, 100)}…` : typed;
  return `"${short.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`;
}

/** Why there is no answer, in words for an assistant to pass on. */
export function problemText(answer: Answer): string {
  const nearest = (roles: { name: string }[]) =>
    roles.length > 0 ? ` The closest roles it knows: ${roles.map((r) => r.name).join(", ")}.` : "";
  switch (answer.kind) {
    case "role-problem":
      if (answer.problem === "missing")
        return 'Name a role (for example "mle"); call list_roles for every role the advisor knows.';
      if (answer.problem === "ambiguous")
        return `${echo(answer.typed)} could mean several roles: ${answer.options.map((o) => o.name).join(", ")}. Call again with one of them.`;
      return `The advisor knows no role called ${echo(answer.typed)}, so it gives no figures for it (never another role's).${nearest(answer.options)} Call list_roles for every role it knows.`;
    case "out-of-scope": {
      const what = answer.occupation ? echo(answer.occupation) : "that";
      const figures = answer.figures.map((f) => `${f.label}: ${f.value} (${citationText(f.citation)})`);
      return [
        `The advisor does not cover ${what}: it has no curated role for it, so it gives no role figures for it (never another role's).${nearest(answer.nearest)}`,
        ...(figures.length > 0 ? ["Official figures for that occupation itself:", ...figures] : []),
        ...(answer.officialNote
          ? [answer.officialNote]
          : ["occupation_lookup gives official figures for any occupation BLS publishes."]),
      ].join("\n");
    }
    case "occupation": {
      const pay = answer.pay[0];
      return `${echo(answer.title)} is an occupation with official figures but no curated role${pay ? ` (median ${pay.value}, ${citationText(pay.citation)})` : ""}: call occupation_lookup for its figures.`;
    }
    case "usage":
      return `${answer.problem}. Usage: ${answer.usage}`;
    default:
      return renderText(answer);
  }
}
