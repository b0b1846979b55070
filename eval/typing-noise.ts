/**
 * Ways people type the same question in Slack: each rewrites a question without changing what it asks, so
 * a question understood when typed carefully should be understood the same when typed like this.
 * `npm run eval:noise` measures how often that holds on the labelled corpus.
 */

/** Words as people shorten them in chat. */
const shortForms: [RegExp, string][] = [
  [/\byou(?:'re| are)\b/gi, "ur"],
  [/\byour\b/gi, "ur"],
  [/\byou\b/gi, "u"],
  [/\bare\b/gi, "r"],
  [/\bpeople\b/gi, "ppl"],
  [/\bplease\b/gi, "pls"],
  [/\bwith\b/gi, "w/"],
  [/\babout\b/gi, "abt"],
  [/\bbecause\b/gi, "bc"],
  [/\bthanks\b/gi, "thx"],
  [/\breally\b/gi, "rly"],
  [/\bprobably\b/gi, "prob"],
  [/\byears\b/gi, "yrs"],
  [/\bthough\b/gi, "tho"],
  [/\bright now\b/gi, "rn"],
];

/** Misspellings seen in chat, of words these questions use often. */
const misspellings: [RegExp, string][] = [
  [/\bsalary\b/gi, "salery"],
  [/\bengineer\b/gi, "enginer"],
  [/\bengineers\b/gi, "enginers"],
  [/\bdifference\b/gi, "diffrence"],
  [/\bbetween\b/gi, "betwen"],
  [/\bwhich\b/gi, "wich"],
  [/\bwhat\b/gi, "waht"],
  [/\bskills\b/gi, "skils"],
  [/\bmuch\b/gi, "mcuh"],
  [/\baverage\b/gi, "avrage"],
  [/\bexperience\b/gi, "experiance"],
  [/\bcareer\b/gi, "carrer"],
  [/\bdeveloper\b/gi, "devloper"],
  [/\banalyst\b/gi, "analist"],
  [/\bscientist\b/gi, "scienist"],
  [/\bmanagement\b/gi, "managment"],
  [/\bshould\b/gi, "shoud"],
  [/\bdemand\b/gi, "deamnd"],
];

const replaceAll = (pairs: [RegExp, string][]) => (ask: string) =>
  pairs.reduce((text, [pattern, by]) => text.replace(pattern, by), ask);

/** The first letter in lower case, as it is mid-sentence ("… but what does an sre do"); "IT" kept. */
const lowerFirst = (ask: string) =>
  /^[A-Z][a-z]/.test(ask) ? ask.charAt(0).toLowerCase() + ask.slice(1) : ask;

export const typingNoise: Record<string, (ask: string) => string> = {
  "all lower case": (ask) => ask.toLowerCase(),
  "no punctuation or apostrophes": (ask) => ask.replace(/[?!.,;]+(?=\s|$)/g, "").replace(/['’]/g, ""),
  "a greeting first": (ask) => `hey ${ask}`,
  "the bot mentioned first": (ask) => `<@U0BOT> ${ask}`,
  "thanks after": (ask) => `${ask} thanks!`,
  "an emoji after": (ask) => `${ask} :thinking_face:`,
  "a hedge first": (ask) => `sorry if this is a dumb question but ${lowerFirst(ask)}`,
  "quick question first": (ask) => `quick question: ${lowerFirst(ask)}`,
  "lol after": (ask) => `${ask} lol`,
  "chat short forms": replaceAll(shortForms),
  misspellings: replaceAll(misspellings),
};
