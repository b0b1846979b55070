/**
 * "is now a good time to become a data scientist", "dba, is it still a thing in 2025?", "is QA dying": whether
 * a role is worth going into now, which its job market answers (the outlook), however the words lean to the
 * way in, to duties or to the ML trends of the year named.
 */
const timingWords =
  /\b(?:(?:a )?(?:good|great|right|bad|smart|wise|ideal|best|the) time to|too late to)\b|\bstill (?:a thing|relevant|worth it|worth (?:getting|going|becoming|doing|being)|in demand|needed|viable|a (?:good|safe|solid|viable) (?:career|job|choice|option|field|path)|around|hiring)\b|\bworth it\b[^.?!]*\b(?:in 20\d\d|now|rn|today|these days|nowadays|anymore)\b|\b(?:dying|dead|extinct)\b(?! end)|\bon the way out\b|\bdying out\b/i;

/** Whether a question asks if now is the time for a role, or if the role still has a future. */
export const asksTiming = (question: string): boolean => timingWords.test(question) || asksLasting(question);

/**
 * "will it still be around in 10 yrs", "is qa still going to be a thing in 10 years", "will they still exist
 * in 5 years": whether a job lasts, with the years ahead named. The years are a horizon, not the time getting
 * in takes (read so, the answer was how to get in), and "be a thing" becomes nothing. Not being around
 * people or an amount ("i like to be around people", "how long until i'd be around 120k"), nor a degree
 * still needed ("how long to become a data engineer, is a degree still needed").
 */
const lasting =
  /(?<!\b(?:degrees?|certs?|certifications?|certificates?|masters|bachelors|phd|diploma|bootcamps?|experience|math|coding)\s+(?:is\s+|are\s+)?)\bstill (?:(?:going to|gonna) )?(?:be )?(?:around|a thing|needed|relevant|in demand)\b|\bstill exist\b|(?<!\b(?:to|i|i'?d|i'?ll|we|we'?d|you'?d)\s+)\bbe around\b(?!\s+\$?\d)|\bexist (?:in|for) \d+/i;

/** Whether a question asks if a job will last (years ahead named or not). */
export const asksLasting = (question: string): boolean => lasting.test(question);

/** Words of the years ahead: "long term", "in the long run", "for the long haul", "down the road". */
const longTerm = "long[- ]?term|long run|long haul|down the (?:road|line)";

/** Words that judge a job as a choice: "better", "a safer bet", "good", "worth it", "a smart choice". */
const judged =
  "better|best|good|great|safe|safer|safest|smart|smarter|wise|wiser|solid|stable|secure|worth it|worth|bet|choice|option";

/**
 * "would network admin be better long term", "is it a safer bet in the long run", "would data analyst be
 * good for the long haul": a job judged over the years ahead, in one clause.
 */
const longTermJudged = new RegExp(
  String.raw`\b(?:${judged})\b[^.?!,]{0,30}?\b(?:${longTerm})\b|\b(?:${longTerm})\b[^.?!,]{0,30}?\b(?:${judged})\b`,
  "i",
);

/** "qa vs devops long term", "in the long run": the years ahead said, judged or not. */
const longTermSaid = new RegExp(String.raw`\b(?:${longTerm})\b`, "i");

/** Whether a question speaks of the years ahead. */
export const saysLongTerm = (question: string): boolean => longTermSaid.test(question);

/** Whether a question judges a job as a choice for the years ahead, which its job market answers. */
export const asksLongTerm = (question: string): boolean => longTermJudged.test(question);

/** What people fear will take a role's work, as the answer names it, with the words that name it. */
const threats: [string, string][] = [
  ["AI", "ai|a\\.i\\.|chat ?gpt|llms?|gen ?ai|copilot|artificial intelligence"],
  ["automation", "automation|robots?"],
  ["the cloud", "(?:the )?cloud"],
  ["outsourcing", "outsourcing|offshoring"],
];

/**
 * "is it safe from ai", "will ai replace them", "will cloud kill the role", "ai-proof?", "is it going away with
 * the cloud", "AI is going to take my job", "AI take all jobs", "all jobs go to AI", "are qa jobs at risk from ai", "high risk of automation", "automation risk": whether something
 * will take the role's work, which no source measures; the role's projected growth is the nearest answer.
 */
const threatened = (words: string) =>
  new RegExp(
    `\\b(?:safe|secure|protected|immune) (?:from|against) (?:${words})\\b|\\brisk (?:of|from) (?:being (?:replaced|taken over) by )?(?:${words})\\b|\\b(?:${words}) risks?\\b|\\b(?:${words})\\b[^.?!]{0,25}\\b(?:replace|replaces|replacing|take over|takes over|taking over|took over|kill|kills|killing|killed|eat|eats|eating|ate|steal|steals|stealing|wipe out|wipes out|wiped out|eliminate|eliminates|eliminated|make (?:it|them|the role) obsolete|(?:take|takes|taking|took) (?:away )?(?:my|our|your|their|his|her|the|all|all the|all our|people'?s|everyone'?s) jobs?)\\b|\\b(?:jobs?|work) (?:will |would )?(?:go|goes|going|went|gone) to (?:${words})\\b|\\breplaced (?:by|with) (?:${words})\\b|\\b(?:hand|hands|handed|handing|give|gives|gave|given|giving|lose|loses|losing|lost|outsource|outsources|outsourced|outsourcing)\\b(?: (?!to\\b)\\w+){0,3} to (?:${words})\\b|\\b(?:${words})[- ]proof\\b|\\b(?:going away|go away|goes away|disappearing|disappear|dying|die out|obsolete|extinct|on the way out) (?:with|because of|due to|cuz of|bc of|thanks to) (?:${words})\\b`,
    "i",
  );
const threatPatterns = threats.map(([name, words]) => [name, threatened(words)] as const);
const automatedAway =
  /\b(?:automated away|(?:be|being|get|gets|getting) (?:\w+ )?automated|automatable|replaced by (?:machines|computers|software))\b/i;

/** What a question fears will take a role's work ("AI"), if it asks that. */
export const threatAsked = (question: string): string | undefined =>
  threatPatterns.find(([, words]) => words.test(question))?.[0] ??
  (automatedAway.test(question) ? "automation" : undefined);

/** Each thing feared as one word: "ai", "cloud", "robots". */
const threatWord = new RegExp(`^(?:${threats.map(([, words]) => words).join("|")})$`, "i");

/**
 * "are qa jobs at risk from ai", "will ai replace data analysts": the positions of the words that name what
 * is feared to take a role's work, where the question asks that. What is feared is no job asked about, nor
 * where a move starts ("from ai").
 */
export function threatWordsAt(tokens: readonly string[]): number[] {
  const text = tokens.join(" ");
  const found = threatPatterns.map(([, words]) => words.exec(text)).find((m) => m !== null);
  if (!found) return [];
  const start = text.slice(0, found.index).split(" ").length - 1;
  const count = found[0].split(" ").length;
  return tokens.flatMap((t, i) => (i >= start && i < start + count && threatWord.test(t) ? [i] : []));
}

/**
 * "is IT hiring right now or is it all layoffs", "are companies hiring devs rn", "any layoffs in security",
 * "are they all laying people off":
 * the job market of this week, hiring and layoffs as they happen, which no source of the knowledge counts
 * (BLS projects openings a year over ten years; no posting or layoff is tracked).
 */
const liveMarketWords =
  /\blay ?offs?\b|\blaid off\b|\blay(?:s|ing)? (?:\w+ ){0,2}off\b|\bhiring freezes?\b|\b(?:hiring|hire|hires)\b[^.?!]{0,20}\b(?:right now|rn|now|currently|at the moment|atm|these days|this year|anymore)\b|\b(?:right now|rn|currently|still) hiring\b/i;

/** Whether a question asks about hiring or layoffs as they happen now, which no source counts. */
export const asksLiveMarket = (question: string): boolean => liveMarketWords.test(question);
