import { namedJobs } from "../entities/entities.js";
import type { Understanding } from "../shape/understanding.js";

/*
 * "is it hard to pick up kubernetes", "how difficult is terraform to learn": a skill asked of with no role
 * named or carried. It is a question about the skill (which roles' sources list it, and that no source
 * rates how hard a skill is), never a question back about which role, nor "it" read as a field.
 */

/** Words that ask how hard something is to learn. */
const difficultyAsked =
  /\b(?:hard|harder|hardest|difficult|difficulty|easy|easier|tough|tricky|challenging|learning curve)\b/i;

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

/** The question read as one about the skills it names, when it names no job and asks how hard they are. */
export function skillAloneRead(u: Understanding, skillsAsked: string[]): Understanding | undefined {
  if (skillsAsked.length === 0 || u.roles.length > 0 || namedJobs(u.entities) > 0) return undefined;
  if (!asksDifficulty(u.text)) return undefined;
  return { ...u, intent: "skills", confidence: 1, skillsAsked: askedBeforeBackground(u.text, skillsAsked) };
}
