/*
 * "candidate … asked me straight up if it pays enough to live on", "my manager wants to know whether they
 * need a degree": a yes-or-no question someone else asked, told as reported speech. What they asked is the
 * question put to the bot, read as they would ask it ("does it pay enough to live on"); read as told, the
 * words leaned the classifier nowhere surely, and the pay asked was left unanswered beside the rest.
 */

/** Verbs of asking, before "if" or "whether": "asked me", "wants to know", "was wondering". */
const askingFrame = String.raw`\b(?:asked|asks|asking|wants to know|wanted to know|want to know|wondering|wonders|wondered)(?: (?:me|us|him|her))?(?: (?:straight up|point blank|directly|honestly|flat out))?`;

/** Verbs said of one (`does … pay`), and their base form. */
const doneVerbs: Record<string, string> = {
  pays: "pay",
  makes: "make",
  earns: "earn",
  needs: "need",
  requires: "require",
  has: "have",
  pay: "pay",
  make: "make",
  earn: "earn",
  need: "need",
  require: "require",
  have: "have",
};

/** Verbs that ask by themselves, put before who they ask of: "is it", "would they". */
const auxiliaries = new Set("is are was were would will can could should".split(" "));

const reported = new RegExp(
  String.raw`${askingFrame} (?:if|whether) (it|they|that|this|he|she) (${[...Object.keys(doneVerbs), ...auxiliaries].join("|")})\b`,
  "gi",
);

/** The message with each reported yes-or-no question said as asked: "asked me if it pays" → "does it pay". */
export function spellReportedQuestion(text: string): string {
  return text.replace(reported, (_said, who: string, verb: string) => {
    const v = verb.toLowerCase();
    if (auxiliaries.has(v)) return `${v} ${who}`;
    const plural = /^(?:they)$/i.test(who);
    return `${plural ? "do" : "does"} ${who} ${doneVerbs[v] ?? v}`;
  });
}
