import { readFileSync } from "node:fs";
import YAML from "yaml";
import { z } from "zod";
import type { Answer } from "../src/advisor/answers.js";
import { anonymousUser } from "../src/advisor/answers.js";
import { converse, type Turn } from "../src/advisor/converse.js";
import type { KnowledgeBase } from "../src/knowledge/base.js";
import { renderText } from "../src/render/plain-text.js";
import { parseCommand } from "../src/understanding/command-grammar.js";
import { type Intent, intents } from "../src/understanding/intent/intents.js";
import type { ConversationContext } from "../src/understanding/thread/conversation-state.js";
import { understanderFor } from "../src/understanding/understand.js";

const entitiesSchema = z.strictObject({
  roles: z.array(z.string()).optional(),
  level: z.string().optional(),
  place: z.string().optional(),
  company: z.string().optional(),
});

const labels = {
  intent: z.enum(intents).optional(),
  entities: entitiesSchema.optional(),
  expect: z.array(z.string().min(1)).optional(),
  /**
   * `uncovered`/`offTopic`: must be declined with no figure. `official`: an occupation no curated role
   * covers but the official layer has; `occupation` is then its SOC code and the answer must be its own.
   * `ambiguous`: a title O*NET features under several occupations ("teachers"); the answer must ask which.
   */
  scope: z.enum(["uncovered", "offTopic", "official", "ambiguous"]).optional(),
  occupation: z.string().optional(),
};
const turnSchema = z.strictObject({ ask: z.string().min(1), ...labels });
/** A class of question (`it-word`, `move`…): eval:qa reports how many of each class are right. */
const questionClass = z.string().min(1).optional();
const itemSchema = z.union([
  z.strictObject({ id: z.string(), class: questionClass, ask: z.string().min(1), ...labels }),
  z.strictObject({ id: z.string(), class: questionClass, dialogue: z.array(turnSchema).min(2) }),
]);
export type CorpusItem = z.infer<typeof itemSchema>;
type LabelledTurn = z.infer<typeof turnSchema>;

export function loadCorpus(file: string): CorpusItem[] {
  const parsed = z.array(itemSchema).safeParse(YAML.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

/** The intent a command's answer stands for, so that turns typed as commands are scored like questions. */
const commandIntents: Record<string, Intent> = {
  role: "responsibilities",
  salary: "salary",
  skills: "skills",
  path: "path",
  gap: "gap",
  compare: "compare",
  trends: "trend",
  roles: "roleList",
  help: "help",
};

/** Answers that decline: never a figure of some other role. */
const declining = new Set<Answer["kind"]>([
  "out-of-scope",
  "clarify",
  "help",
  "roles",
  "notice",
  "role-problem",
]);

interface Scored {
  id: string;
  question: string;
  intent?: { expected: Intent; got: Intent | undefined };
  entities?: { ok: boolean; got: string };
  fact?: { ok: boolean; missing: string[] };
  outOfScope: boolean;
  refused: boolean;
  /** The answer asked which was meant, with buttons, rather than answering. */
  askedBack: boolean;
  leaked: boolean;
  ms: number;
  questionClass?: string;
  /** Every label of the turn was met. */
  right: boolean;
}

function entityMatch(turn: Turn, expected: z.infer<typeof entitiesSchema>): { ok: boolean; got: string } {
  const u = turn.understanding;
  const roles = u ? u.roles.map((r) => r.id) : answerRoles(turn.answer);
  const got = { roles, level: u?.level, place: u?.place, company: u?.company };
  const sameRoles =
    expected.roles === undefined ||
    (expected.roles.length === roles.length && expected.roles.every((r) => roles.includes(r)));
  const ok =
    sameRoles &&
    (expected.level === undefined || expected.level === got.level) &&
    (expected.place === undefined || expected.place === got.place) &&
    (expected.company === undefined || expected.company?.toLowerCase() === got.company?.toLowerCase());
  return { ok, got: JSON.stringify(got) };
}

function answerRoles(a: Answer): string[] {
  switch (a.kind) {
    case "role":
    case "salary":
    case "checklist":
    case "path":
      return [a.role.id];
    case "compare":
      return a.roles.map((r) => r.id);
    case "gap":
      return [a.from.id, a.to.id];
    default:
      return [];
  }
}

function scoreTurn(
  kb: KnowledgeBase,
  id: string,
  turn: LabelledTurn,
  context: ConversationContext | undefined,
) {
  const started = performance.now();
  const command = parseCommand(kb, turn.ask);
  const usable =
    command.kind === "prefs" || command.kind === "digest"
      ? ({ kind: "ask", question: turn.ask } as const)
      : command;
  const result = converse(kb, usable, context, anonymousUser);
  const text = renderText(result.answer);
  const ms = performance.now() - started;
  const outOfScope = turn.scope === "uncovered" || turn.scope === "offTopic";
  const refused = result.answer.kind === "out-of-scope";
  const scored: Scored = {
    id,
    question: turn.ask,
    outOfScope,
    refused,
    askedBack: result.answer.kind === "clarify",
    leaked: outOfScope && !declining.has(result.answer.kind) && /\$\d|\d%/.test(text),
    ms,
    right: true,
  };
  if (turn.intent) {
    const u = result.understanding;
    // A fragment that only changes an entity is a follow-up when it repeats the thread's last question.
    const followed =
      u && (u.inherited.includes("intent") || (context?.intent !== undefined && u.intent === context.intent));
    scored.intent = {
      expected: turn.intent,
      got: turn.intent === "followUp" && followed ? "followUp" : (u?.intent ?? commandIntents[command.kind]),
    };
  }
  if (turn.entities) scored.entities = entityMatch(result, turn.entities);
  if (turn.expect && !outOfScope) {
    const missing = turn.expect.filter((f) => !text.includes(f));
    scored.fact = { ok: missing.length === 0, missing };
  }
  if (turn.scope === "official") {
    const a = result.answer;
    const right = a.kind === "occupation" && a.soc === turn.occupation;
    const missing = [
      ...(right ? [] : [`the official answer for ${turn.occupation}`]),
      ...(scored.fact?.missing ?? []),
    ];
    scored.fact = { ok: missing.length === 0, missing };
  }
  if (turn.scope === "ambiguous") {
    scored.fact = {
      ok: scored.askedBack,
      missing: scored.askedBack ? [] : ["a question back: which occupation?"],
    };
  }
  return { scored, context: result.context, text };
}

export interface Report {
  items: number;
  turns: number;
  intent: { correct: number; total: number };
  entities: { correct: number; total: number };
  facts: { correct: number; total: number };
  /** Turns that wanted a fact and got a question back (which was meant?) instead: not wrong, not right. */
  questionBacks: number;
  /** Turns that wanted a fact and got an answer without it. */
  wrongAnswers: number;
  /** Per class of question: turns with every label met. */
  classes: Record<string, { correct: number; total: number }>;
  refusalPrecision: { correct: number; total: number };
  refusalRecall: { correct: number; total: number };
  leaks: string[];
  p50: number;
  p99: number;
  failures: string[];
  /** Every labelled turn's id (`t12`, or `t12.2` in a dialogue) and whether all its labels were met. */
  turnsRight: Map<string, boolean>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs every item (dialogues turn by turn, carrying the thread's context) and scores each labelled turn. */
export function evaluate(kb: KnowledgeBase, corpus: CorpusItem[]): Report {
  understanderFor(kb); // trained once, before any question is timed
  const all: Scored[] = [];
  const failures: string[] = [];
  for (const item of corpus) {
    const turns: LabelledTurn[] = "dialogue" in item ? item.dialogue : [item];
    let context: ConversationContext | undefined;
    turns.forEach((turn, i) => {
      const {
        scored,
        context: next,
        text,
      } = scoreTurn(kb, turns.length > 1 ? `${item.id}.${i + 1}` : item.id, turn, context);
      context = next;
      if (item.class) scored.questionClass = item.class;
      all.push(scored);
      const wrong = [
        scored.intent && scored.intent.expected !== scored.intent.got
          ? `intent ${scored.intent.got} (want ${scored.intent.expected})`
          : "",
        scored.entities && !scored.entities.ok ? `entities ${scored.entities.got}` : "",
        scored.fact && !scored.fact.ok ? `missing ${JSON.stringify(scored.fact.missing)}` : "",
        scored.outOfScope && !scored.refused ? "not refused" : "",
        !scored.outOfScope && scored.refused ? "refused" : "",
      ].filter(Boolean);
      scored.right = wrong.length === 0;
      if (wrong.length)
        failures.push(
          `${scored.id} "${turn.ask}": ${wrong.join("; ")}\n    ${text.split("\n").slice(0, 2).join(" / ")}`,
        );
    });
  }
  const count = (pred: (s: Scored) => boolean | undefined, among: (s: Scored) => boolean) => ({
    correct: all.filter((s) => among(s) && pred(s)).length,
    total: all.filter(among).length,
  });
  const times = all.map((s) => s.ms).sort((a, b) => a - b);
  return {
    items: corpus.length,
    turns: all.length,
    intent: count(
      (s) => s.intent?.expected === s.intent?.got,
      (s) => s.intent !== undefined,
    ),
    entities: count(
      (s) => s.entities?.ok,
      (s) => s.entities !== undefined,
    ),
    facts: count(
      (s) => s.fact?.ok,
      (s) => s.fact !== undefined,
    ),
    questionBacks: all.filter((s) => s.fact && !s.fact.ok && s.askedBack).length,
    wrongAnswers: all.filter((s) => s.fact && !s.fact.ok && !s.askedBack).length,
    classes: classFigures(all),
    refusalPrecision: count(
      (s) => s.outOfScope,
      (s) => s.refused,
    ),
    refusalRecall: count(
      (s) => s.refused,
      (s) => s.outOfScope,
    ),
    leaks: all.filter((s) => s.leaked).map((s) => `${s.id} "${s.question}"`),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    failures,
    turnsRight: new Map(all.map((s) => [s.id, s.right])),
  };
}

/** Right turns per class, over the labelled turns of items that name a class. */
function classFigures(all: Scored[]): Report["classes"] {
  const classes: Report["classes"] = {};
  for (const s of all) {
    const labelled = s.intent || s.entities || s.fact || s.outOfScope;
    if (!s.questionClass || !labelled) continue;
    const c = classes[s.questionClass] ?? { correct: 0, total: 0 };
    classes[s.questionClass] = c;
    c.total++;
    if (s.right) c.correct++;
  }
  return classes;
}

export const share = (x: { correct: number; total: number }) => (x.total === 0 ? 1 : x.correct / x.total);
