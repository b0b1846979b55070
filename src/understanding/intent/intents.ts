/**
 * What a question asks for. The classifier learns these from example utterances in
 * `language/intents.yaml`; the advisor answers each from structured knowledge.
 */
export const intents = [
  "salary",
  "payCompare",
  "payRanking",
  "roleRanking",
  "totalComp",
  "skills",
  "tools",
  "education",
  "experience",
  "industries",
  "responsibilities",
  "path",
  "gap",
  "compare",
  "common",
  "outlook",
  "market",
  "trend",
  "bestPractice",
  "challenge",
  "softSkill",
  "gettingStarted",
  "definition",
  "roleList",
  "help",
  "greeting",
  "offTopic",
  "followUp",
] as const;
export type Intent = (typeof intents)[number];

/** Intents about one role: without a role named, the thread's role (or a question back) fills it in. */
export const roleIntents: ReadonlySet<Intent> = new Set<Intent>([
  "salary",
  "payCompare",
  "payRanking",
  "totalComp",
  "skills",
  "tools",
  "education",
  "experience",
  "industries",
  "responsibilities",
  "path",
  "gap",
  "compare",
  "common",
  "outlook",
  "gettingStarted",
]);

/** Intents whose answer is a role's skills or tools, which answer whether it needs one named. */
export const skillIntents: ReadonlySet<Intent> = new Set<Intent>(["skills", "tools"]);

/** Intents about pay: a level, place or company named in the thread still applies to them. */
export const payIntents: ReadonlySet<Intent> = new Set<Intent>([
  "salary",
  "payCompare",
  "payRanking",
  "totalComp",
]);

/** Intents that need two roles. */
export const pairIntents: ReadonlySet<Intent> = new Set<Intent>(["payCompare", "compare", "common", "gap"]);

/** Intents of conversation rather than careers: greetings, help, the list of roles, off-topic. */
export const conversational: ReadonlySet<Intent> = new Set<Intent>([
  "greeting",
  "help",
  "roleList",
  "offTopic",
  "followUp",
]);
