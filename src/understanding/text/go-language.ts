/**
 * "do i need go or is python fine for devops", "learn go", "rust vs go", "is go worth learning for backend":
 * Go the programming language is also the verb ("go into devops", "where do people go after qa", "go from
 * qa to devops", "to go"), which two letters cannot tell apart. It is spelt "golang", the name that is only
 * the language (a skill alias of Go), where it sits where a language goes: after a word of learning, needing,
 * knowing or using it; set against another language; asked about as a thing ("is go worth it"); before a
 * word that makes it a language ("go programming", "go developer"); or written "Go" inside a sentence.
 * Anywhere else it stays the verb.
 */

/** Languages people set Go against ("go or python", "rust vs go"), as typed. */
const languages =
  "python|java|rust|javascript|js|typescript|ts|c\\+\\+|cpp|c#|csharp|ruby|kotlin|swift|scala|php|elixir|node|nodejs|node\\.js|c|r|perl|haskell|dart|julia|zig|golang";

/**
 * The languages named by more than a letter: "c" and "r" after "go," are as often chat's words ("where do
 * helpdesk ppl go, r there better paths": "are").
 */
const namedLanguages = languages
  .split("|")
  .filter((l) => l !== "c" && l !== "r")
  .join("|");

/** Words that make "go" the verb after it: "go into devops", "go from qa", "go back to school". */
const going = String.raw`(?!-)(?!\s+(?:into|in|to|from|back|through|ahead|out|with|get|work|be|become|after|towards?|on|home|there|here)\b)`;

/** Words after which "go" is what is learnt, needed, known or used ("learn go", "need go", "i know go"). */
const usedGo = new RegExp(
  String.raw`(?<=\b(?:learn|learns|learning|learned|learnt|study|studying|studied|know|knows|knowing|need|needs|needed|require|requires|required|use|uses|using|used|master|mastering|pick up|picking up|code in|coding in|program in|programming in|written in|write in|writing in)\s+)go\b${going}`,
  "gi",
);

/** A word that sets two languages against each other: "or", "vs", "/". */
const against = String.raw`(?:\bor\b|\bvs\.?|\bv\b|\bversus\b|/)`;

/** A word that lists languages together: "and", ",", "&" ("python, go and rust"). */
const listed = String.raw`(?:\band\b|,|&)`;

/**
 * Go set against another language or listed with one: "go or python", "rust vs go", "python or go for
 * backend", "python, go and rust". After "and" it must not go on as the verb does ("learn python and go into
 * data science").
 */
const besideLanguage = new RegExp(
  [
    String.raw`(?<!\bto\s+)\bgo(?=\s*(?:${against}|${listed})\s*(?:${namedLanguages})(?![\w+#]))`,
    String.raw`(?<=(?<![\w+#])(?:${languages})\s*${against}\s*)go\b${going}`,
    String.raw`(?<=(?<![\w+#])(?:${languages})\s*${listed}\s*)go\b${going}(?!\s+for\b)`,
  ].join("|"),
  "gi",
);

/** "is go worth learning", "is go good for backend", "go worth it?": Go asked about as a thing, not a going. */
const askedOf =
  /(?<=\b(?:is|isnt|isn't|was)\s+)go\b(?!-)|\bgo(?=\s+(?:worth|still (?:used|worth|in demand|relevant|a thing))\b)/gi;

/** "go lang", "go-lang": the language's other name, typed apart. */
const langApart = /\bgo(?:\s+|-)lang\b/gi;

/** "go programming", "go developer": a word after it that makes it a language ("go code" is the verb's). */
const namedAsLanguage =
  /\bgo(?=\s+(?:language|programming|programmer|programmers|developers?|devs?|skills?|experience)\b)/gi;

/** Words the verb follows, after which even "Go" with its capital is the verb ("Lets Go", "I Go", "to Go"). */
const goers = new Set(
  "to i we you they lets let's let should could would can will must might may not never dont don't cant can't wanna gonna gotta please just".split(
    " ",
  ),
);

/** "Go" with its capital inside a sentence (not opening it), and the word before it. */
const capitalInside = new RegExp(String.raw`(?<=([\p{L}\p{N}']+),?\s+)Go\b${going}`, "gu");

/** The question with Go the language written "golang": "do i need go or python" → "do i need golang or python". */
export function spellGoLanguage(text: string): string {
  // "Where Do QA People Go Next?": every word capitalised, so a capital marks no language.
  const titleCased = text.split(/\s+/).every((w) => !/^[a-z]/.test(w));
  const spelt = text
    .replace(langApart, "golang")
    .replace(usedGo, "golang")
    .replace(besideLanguage, "golang")
    .replace(askedOf, "golang")
    .replace(namedAsLanguage, "golang");
  return titleCased
    ? spelt
    : spelt.replace(capitalInside, (go: string, before: string) =>
        goers.has(before.toLowerCase()) ? go : "golang",
      );
}
