/*
 * Words a phone writes for a job's name, before a word of the job: voice dictation's homophones ("soft wear
 * engineer" is a software engineer, "cue a engineer" a QA engineer) and autocorrect's dictionary word for a
 * word it does not know ("devious engineer" for a devops engineer). Only before such a word, where nothing
 * else is meant ("soft wear" alone could be clothing; "cue a" the start of "cue a song"; "devious" alone is
 * a devious person).
 */

/** Words of a job that follow a name dictated in pieces. */
const jobWord = String.raw`(?=\s+(?:engineers?|engineering|eng|developers?|devs?|testers?|testing|analysts?|leads?|jobs?|roles?)\b)`;

const dictated: readonly [RegExp, string][] = [
  // "soft wear engineer", "softwear developer": software.
  [new RegExp(String.raw`\bsoft[\s-]?wear${jobWord}`, "gi"), "software"],
  // "cue a engineer", "queue a tester", "q a analyst": QA.
  [new RegExp(String.raw`\b(?:cue|queue|q)[\s-]a${jobWord}`, "gi"), "qa"],
  // "devious engineer or sre": autocorrect's word for "devops".
  [new RegExp(String.raw`\bdevious${jobWord}`, "gi"), "devops"],
];

/** The question with a job's name dictated in pieces spelt as typed. */
export const spellDictatedWords = (text: string): string =>
  dictated.reduce((t, [words, spelt]) => t.replace(words, spelt), text);
