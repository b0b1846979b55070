/**
 * Chat's shorthand spelt out: "compare w/ sre" is "compare with sre", "IT w/o a degree" is "IT without a
 * degree", "wat skills" is "what skills", "tell me abt" is "tell me about", "sal of dba" is "salary of dba", "information technology" is "IT",
 * "how much exp needed" is "how much experience needed", "💰?" is "pay?" and "📈?" is "outlook?". Read before anything splits on "/", which would
 * leave a role called "w". (Words of three letters are too short for the classifier's one-edit correction.)
 */
export function spellShorthand(text: string): string {
  return (
    text
      .replace(/(?<![\p{L}\p{N}/.:])w\/o(?![\p{L}\p{N}])/giu, "without")
      .replace(/(?<![\p{L}\p{N}/.:])w\/(?=\s|\p{L}|$)/giu, "with ")
      .replace(/\b(?:wat|wut)\b/gi, "what")
      .replace(/\babt\b/gi, "about")
      .replace(/\bsal\b/gi, "salary")
      // The field spelt out is the field: "computer science or information technology degree" is "CS or IT".
      .replace(/\binformation technology\b/gi, "IT")
      // "fe dev", "be dev": the front end and the back end by their initials. "be" is also the verb ("want to
      // be dev", "can be developer"), so after a modal or "to" it stays the verb.
      .replace(/\bfe(?=\s+(?:devs?|developers?|engineers?|eng)\b)/gi, "front-end")
      .replace(backEndBe, "back-end")
      // Emoji as the topic: "💰?" after a question about a role asks its pay, "📈?" its outlook.
      .replace(/(?:💰|💵|💸|🤑)/gu, " pay ")
      .replace(/📈/gu, " outlook ")
      // "2 yrs exp" is read with its count of years as it stands (and echoed as typed); "exp" alone is the word.
      // Before a word of pay it is "expected" ("exp salary", "exp ctc"), which asks the pay itself.
      .replace(
        /(?<!\b(?:years?|yrs?|yr|yoe)\s*)\bexp\b(?![./]|\s+(?:salary|ctc|pay|package|comp)\b)/gi,
        "experience",
      )
      // "expected ctc for data scientist": in Indian English a job's CTC (cost to company) is its whole
      // yearly pay, base and the rest, which is what total compensation is.
      .replace(/\bctc\b/gi, "total compensation")
      // "exp salary", "expected total compensation": the pay expected is the pay asked, so "exp" or
      // "expected" before a word of pay says nothing more (nor is it a word to search the roles' text for).
      .replace(/\b(?:exp|expected)\s+(?=(?:salary|pay|package|comp|compensation|total compensation)\b)/gi, "")
      // "sde 2", "sde-ii", "sde1": a rung of the software development engineer's ladder (SDE I, II, III at
      // Amazon and Microsoft), the entry, mid and senior levels of a software engineer; never a software
      // data engineer, whose "sde" has no rungs.
      .replace(sdeRung, (_all, rung: string) => `${sdeLevels[rung.toLowerCase()]} software engineer`)
      // "how much do data analyst collect per annum": in Nigerian and Ghanaian English a wage is collected.
      // Asked of by "how much" with nothing collected after it, "collect" is "earn" ("how much data do they
      // collect" names what is collected).
      .replace(collectedAfterHowMuch, "$1earn")
      .replace(/\bcollects?(?= how much\b)/gi, "earn")
  );
}

/**
 * A rung after "sde": a number or "ii"/"iii", unless years follow ("sde 2 yrs experience"), or "i" where
 * the pronoun cannot be meant: at the end, before punctuation, or before a word of pay, of comparing or of
 * place ("sde i vs sde ii", "sde i salary"), not "as an sde i make 150k".
 */
const sdeRung =
  /\bsde[\s-]?(1|2|3|iii|ii(?![a-z])|i(?=\s*(?:$|[?,.!;:)]|(?:vs|v|or|and|to|in|at|pay|salary|salaries|comp|tc|ctc|level)\b)))(?![a-z])(?!\s*(?:yrs?|years?|yoe)\b)/gi;
const sdeLevels: Record<string, string> = {
  "1": "entry level",
  i: "entry level",
  "2": "mid level",
  ii: "mid level",
  "3": "senior",
  iii: "senior",
};

/**
 * "be" before a developer's name where only a job's name can stand: at the message's or a clause's start
 * ("be dev?", "ok, be dev salary"), after an article, a level or a word that joins two jobs ("a be dev",
 * "senior be engineer", "fe vs be developer", "job as be dev"). Anywhere else it is the verb: "should i be
 * dev", "will there still be developers", "i'd rather be engineer".
 */
const backEndBe =
  /(?<=(?:^|[,;:/(.!?]|\b(?:a|an|the|senior|junior|sr|jr|lead|mid|or|vs|versus|and|as|for|of))\s*)\bbe(?=\s+(?:devs?|developers?|engineers?|eng)\b)/gi;

/**
 * "how much do X collect", "how much will i collect a month": "how much" asked of the one who collects
 * (not "how much data do they collect"), and nothing collected after it.
 */
const collectedAfterHowMuch =
  /(\bhow much (?:do|does|did|will|would|can|could|i|you|u|he|she|we|they)\b[^?.!]*?\s)collects?\b(?=\s*(?:$|[?.!,]|per\b|a (?:year|month)\b|monthly|yearly|annually|in\b|at\b|there\b))/gi;
