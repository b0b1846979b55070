/*
 * Questions of what working life in a role is like beyond its tasks: hours, balance, loneliness, on-call,
 * travel, stress. No source in the knowledge answers them; the understanding reads them as questions of what the
 * work is (never of the job market), and the answer says first what it has nothing on.
 */

/** Each aspect of working life, as the answer names it, with the words that ask about it. */
const aspects: [string, RegExp][] = [
  [
    "working hours",
    /\b(?:hours?|hrs)\b[^.?!]*\b(?:work|works|working|week|weekly|day|daily)\b|\b(?:work|works|working)\b[^.?!]*\b(?:hours?|hrs)\b|\bthe (?:hours|hrs)\b|\bovertime\b|\blong (?:hours|days)\b|\b(?:9|nine) ?(?:-|to) ?(?:5|five)\b|\bweekends?\b|\bnight shifts?\b|\b(?:work|works|working) (?:nights|shifts|holidays|at night|overnight|in shifts)\b|\bshift work\b|\bthe shifts\b|\bschedules?\b|\bdays? (?:a|per) week\b/i,
  ],
  ["work-life balance", /\bwork[- ]?life\b|\bwlb\b|\bpersonal life\b|\bfamily time\b/i],
  ["whether the work is lonely", /\b(?:lonely|loneliness|isolated|isolating|isolation|solitary)\b/i],
  // Paged, woken at 3am, called out after hours: on call, however it is put.
  [
    "on-call duty",
    /\bon[- ]?call\b|\bpager\b|\bpaged\b|\bgets? (?:woken|called) (?:up|in|out)\b|\b(?:[1-5]|three|four) ?am\b|\bmiddle of the night\b|\bafter[- ]hours\b/i,
  ],
  // "do data scientists have to travel": how much the work takes one away, not the travel business.
  [
    "travel",
    /\btravel(?:s|ing|ling)?\b(?! (?:industry|agents?|agency|agencies|companies|company|sector|nurses?|tech))/i,
  ],
  // "are they happy", "job satisfaction": how content people in the job are, which no source measures.
  [
    "job satisfaction",
    /\bjob satisfaction\b|\bhappiness\b|\b(?:are|r) (?:they|people|ppl|most(?: of them)?|[a-z]+s) (?:generally |usually |really |actually |mostly )?happy\b|\bhappy (?:in|with|doing) (?:the|their|that|this|it)\b/i,
  ],
  ["stress and burnout", /\b(?:stress|pressure|burn ?out|burnt out|burned out)\b/i],
];

/** Words of learning: hours of study ("how many hours a week should i study") are no working hours. */
const learning =
  /\b(?:study|studying|learn|learning|practi[cs]e|practi[cs]ing|course|courses|bootcamp|prep)\b/i;

/**
 * A second job worked at weekends, said as a clause of its own: "nurse 12 yrs, weekends at the store for
 * extra $", "teacher, weekends at a restaurant". It says what the asker does, not asks a job's hours ("do
 * they work weekends at a startup" still asks them; r75 #19).
 */
const weekendJobHeld = /(?:^|[,.;:!?]\s*|\band\s+)weekends? (?:at|in) (?:the|a|an|my|our) /gi;

/** The aspects of working life a question asks about ("working hours", "work-life balance"), in order. */
export function workLifeAsked(question: string): string[] {
  if (learning.test(question)) return [];
  const asked = question.replace(weekendJobHeld, ", ");
  return aspects.filter(([, words]) => words.test(asked)).map(([name]) => name);
}
