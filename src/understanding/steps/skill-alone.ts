import { namedJobs } from "../entities/entities.js";
import type { Intent } from "../intent/intents.js";
import type { Understanding } from "../shape/understanding.js";
import { asksHowLong, effortWords } from "../words/question-asks.js";

/*
 * "is it hard to pick up kubernetes", "do i need sql", "what jobs use python", "should i learn rust or
 * go": a skill asked of with no role named or carried. It is a question about the skill (which roles'
 * sources list it; that no source rates how hard a skill is or ranks one against another), never a
 * question back about which role, nor "it" read as a field.
 */

/** Readings of a question naming a skill and no role that are about the skill itself. */
const ofTheSkill: ReadonlySet<Intent> = new Set<Intent>([
  "skills",
  "tools",
  "softSkill",
  "compare",
  "roleList",
  "offTopic",
  // "python vs java": two skills set against each other, with no other word, read as a hello.
  "greeting",
]);

/** "worth learning", "worth it to learn", "worth picking up": a skill weighed as one to learn. */
const worthLearning = /\bworth (?:it to )?(?:learning|learn|picking up|studying)\b/i;

/** Words that ask what a thing is ("what is docker used for", "whats mlops", "meaning of etl"). */
const asksWhatItIs = /\b(?:what(?:'s|s| is| are)|define|definition|meaning|means)\b/i;

/** Words that ask for help with the app itself. */
const asksHelp = /\b(?:help|commands?|how (?:do|can) i use)\b/i;

/** Words that ask how hard something is to learn: the words of effort, and "tricky", "learning curve". */
const difficultyAsked = new RegExp(
  String.raw`\b(?:${effortWords}|hardest|difficulty|tricky|learning curve)\b`,
  "i",
);

/** Whether a question asks how hard something is to learn ("is it hard to pick up", "steep learning curve"). */
export const asksDifficulty = (question: string) => difficultyAsked.test(question);

/** Words that start what the asker comes from ("coming from a windows server background"), not what is asked. */
const background = /\b(?:coming from|come from|from an?|background|i know|i use|i have|i've|ive)\b/i;

/**
 * The skills asked of, without those only named in the asker's background ("is it hard to pick up
 * kubernetes if you're coming from a pure windows server background" asks of Kubernetes alone).
 */
function askedBeforeBackground(text: string, skills: string[]): string[] {
  const cut = text.search(background);
  if (cut < 0) return skills;
  const lower = text.toLowerCase();
  const before = skills.filter((s) => {
    const at = lower.indexOf(s.toLowerCase());
    return at >= 0 && at < cut;
  });
  return before.length > 0 ? before : skills;
}

/**
 * The question read as one about the skills it names, when it names no job and asks whether they are
 * needed, used or worth learning, or how hard they are (`skillsAsked` holds only skills asked so).
 */
export function skillAloneRead(u: Understanding, skillsAsked: string[]): Understanding | undefined {
  if (skillsAsked.length === 0 || u.roles.length > 0 || namedJobs(u.entities) > 0) return undefined;
  // Read so only where the words already lean to the skill, or to nothing a role could answer: what a
  // thing is ("what is mlops used for"), jobs to be had with a skill ("is sql enough to get a job"), whether
  // it is worth it (read as an outlook), pay for it, or how long it takes to learn are other questions.
  // A reading as a definition or as help is a guess where no word asks what a thing is or for help.
  // A skill asked to be worth learning ("is it worth learning sql") is the skill's question, though "worth"
  // reads as an outlook; a skill worth it for pay or a career is another (otherwise: "Which role?").
  const ofSkill =
    ofTheSkill.has(u.intent) ||
    (u.intent === "outlook" && worthLearning.test(u.text)) ||
    (u.intent === "definition" && !asksWhatItIs.test(u.text)) ||
    (u.intent === "help" && !asksHelp.test(u.text));
  if (!asksDifficulty(u.text) && (!ofSkill || asksHowLong(u.text))) return undefined;
  return { ...u, intent: "skills", confidence: 1, skillsAsked: askedBeforeBackground(u.text, skillsAsked) };
}
