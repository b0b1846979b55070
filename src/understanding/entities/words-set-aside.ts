/*
 * Words set aside before any name is read: short words that spell a job's name but are something else
 * where they stand ("rn" the time, "ds" data structures, "the former").
 */

import type { EntityReading } from "../names/entity-reading.js";
import { comparers } from "../words/contrast-words.js";
import { questionWords } from "../words/entity-words.js";
import { skippedStepWords } from "./step-skipped.js";

/** Words before "hr" that make it the hour: "an hr", "per hr", "each hr". */
const hourLeads = new Set(["an", "a", "per", "each", "every", "by", "the"]);

/** Words for a public body's office, named by who runs it: "the city clerk's office", "the sheriff's dept". */
const officeWords = new Set(["office", "offices", "department", "dept"]);

/** Words before "the ... office" that make it where someone is or works: "from", "at", "in", "for". */
const workplaceLeads = new Set(["from", "at", "in", "for", "with"]);

/** Words before "development" that make it a person's own growth: "professional development". */
const ownGrowthBefore = new Set("personal professional career leadership self".split(" "));

/** Words after "development" that make it a person's own growth: "development plan", "development goals". */
const ownGrowthAfter = new Set(
  "plan plans goal goals review reviews budget conversation conversations".split(" "),
);

/** Words before a degree's short name that make it one held or needed: "need a ba", "with my ba". */
const degreeHolders = new Set(
  "have has had need needs get got with my her his their earn earned own".split(" "),
);

/**
 * Words after which a job is named, so a last "rn" is the nurse: an article or "as" ("becoming an rn"), a
 * side of a move ("from lpn to rn", "switch into rn"), becoming one ("should i become rn").
 */
const nurseLeads = new Set("a an the as to into 2 become becoming being".split(" "));

/** Takes the words that look like a job's name but are none where they stand, so no step reads them. */
export function setAsideNoJobWords({ tokens, taken, masked, itField }: EntityReading): void {
  // Chat's "rn" ("right now") is no registered nurse: ending a question ("r they hiring a lot rn"), or after
  // a word that no job title follows ("im a sys admin rn, thinking bout devops").
  // After "in IT", "at work", "here" it is the time too ("i'm in IT rn, want to get into cybersecurity").
  // Set against a job it is the nurse, last or not ("nurse practitioner vs rn").
  tokens.forEach((t, i) => {
    if (t !== "rn" || i === 0) return;
    const before = tokens[i - 1] ?? "";
    const end =
      i === tokens.length - 1 && tokens.length >= 3 && !comparers.has(before) && !nurseLeads.has(before);
    const place = itField.has(i - 1) || ["here", "work", "job", "home"].includes(before);
    if (end || place || (!questionWords.has(before) && !comparers.has(before))) taken[i] = true;
  });
  // Nor is "hr" the field of human resources where it is the hour: "40 an hr", "per hr", "$40/hr".
  tokens.forEach((t, i) => {
    const before = tokens[i - 1] ?? "";
    if (t === "hr" && (hourLeads.has(before) || /^\d/.test(before))) taken[i] = true;
  });
  // Nor is "ds" the data scientist where it is data structures: "ds and algo", "ds algorithms".
  tokens.forEach((t, i) => {
    const next = tokens[i + 1] === "and" ? tokens[i + 2] : tokens[i + 1];
    if (t === "ds" && /^algo/.test(next ?? "")) taken[i] = true;
  });

  // Nor is "security" the security roles' field in "job security": how safe a job is, asked of the thread's
  // roles ("which has more job security" after two roles was Security Engineer set beside one of them, r79).
  tokens.forEach((t, i) => {
    if (t === "security" && tokens[i - 1] === "job") taken[i] = true;
  });

  // Nor is "development" software's where it is a person's own growth: "my development plan", "professional
  // development budget", "career development" (u117: a QA tester's "development plan" set Software Engineer
  // beside the two roles weighed).
  tokens.forEach((t, i) => {
    if (
      t === "development" &&
      (ownGrowthBefore.has(tokens[i - 1] ?? "") || ownGrowthAfter.has(tokens[i + 1] ?? ""))
    )
      taken[i] = true;
  });

  // "it's all going to AI", "everything's moving to cloud": where the field is heading, said of it all, is
  // a trend, no job the person would move to.
  tokens.forEach((_, i) => {
    const heading = ["going", "moving", "shifting"].includes(tokens[i - 2] ?? "") && tokens[i - 1] === "to";
    const ofAll = ["all", "everything", "everythings"].includes(tokens[i - 3] ?? "");
    if (heading && ofAll) taken[i] = true;
  });

  // Nor is "ba" the business analyst where it is the degree: "a ba in economics", "ba degree", "do i need a
  // ba", "with my ba".
  tokens.forEach((t, i) => {
    const lead = tokens[i - 1] === "a" ? tokens[i - 2] : tokens[i - 1];
    const degree = ["in", "degree", "degrees"].includes(tokens[i + 1] ?? "") || degreeHolders.has(lead ?? "");
    if (t === "ba" && degree) taken[i] = true;
  });

  // "without being a dba first": a job named as a step one may skip is no job held nor a side of a move,
  // and its words ask no "which analyst" of the move ("without being a data analyst first").
  for (const i of skippedStepWords(tokens)) {
    taken[i] = true;
    masked[i] = "";
  }

  // "is it worth learning sql if ur not a dev", "im not a developer": a job the person says they do not
  // hold is none the question asks about (otherwise: SQL for a Software Engineer).
  for (const i of disownedJobWords(tokens)) taken[i] = true;

  // "jobs for a non developer", "non-coders": "non" before a job says who is not one; no job is asked about.
  tokens.forEach((t, i) => {
    if (tokens[i - 1] === "non" && nonJobs.has(t)) taken[i] = true;
  });

  // "hi from the city clerk's office", "i work at the district attorney's office": the office named by
  // who runs it is a workplace, and its words no job asked about (otherwise: the city clerks' figures were
  // the answer to what the best paid jobs in IT are). The field stays the field ("in the IT department").
  tokens.forEach((t, i) => {
    if (!officeWords.has(t)) return;
    const the = tokens.lastIndexOf("the", i - 1);
    if (the < 0 || i - the > 4 || !workplaceLeads.has(tokens[the - 1] ?? "")) return;
    for (let k = the + 1; k < i; k++) if (!itField.has(k)) taken[k] = true;
  });

  // "should i counter", "counter or take it", "how much to counter": the verb of answering an offer, never
  // Counter and Rental Clerks' title (r88).
  tokens.forEach((t, i) => {
    // "counter or take it": "or" then taking the offer; "counter or cashier" is two jobs set against each other.
    const orTaking = tokens[i + 1] === "or" && ["take", "accept", "just"].includes(tokens[i + 2] ?? "");
    const verb = counterLeads.has(tokens[i - 1] ?? "") || counterEnds.has(tokens[i + 1] ?? "") || orTaking;
    if ((t === "counter" || t === "countering") && verb) taken[i] = true;
  });

  // "the latter", "the former" pick one of the thread's roles: no job title of their own ("former" is an
  // O*NET title, "latter" reads like an agent noun), and the pick is read from the thread.
  tokens.forEach((t, i) => {
    if ((t === "latter" || t === "former") && tokens[i - 1] === "the") taken[i] = true;
  });
}

/** Words before "counter" that make it a verb: "should i counter", "how much to counter", "or counter". */
const counterLeads = new Set("i we to should would could can cant not even just".split(" "));

/** Words after "counter" that make it a verb or the offer: "counter offer", "counter it". */
const counterEnds = new Set("offer offers it them him her with back at".split(" "));

/** Jobs people put "non" before to say who they are not ("non developer", "non-coders", "non engineers"). */
const nonJobs = new Set(
  "developer developers dev devs coder coders programmer programmers engineer engineers techie techies".split(
    " ",
  ),
);

/** Words that say who is not the job: "im not a", "if ur not a", "you're not an", "i am not a". */
const notHolders = new Set(["im", "am", "ur", "youre", "are", "were", "hes", "shes", "theyre"]);

/** Words that end a job's name as typed after "not a": a clause going on, or a question word. */
const nameEnds = new Set(
  "but and so or yet though is are should can could would do does what how which who i you it if".split(" "),
);

/**
 * The words of a job the person says they do not hold ("im not a developer", "if ur not a dev"), up to three
 * words or the word that ends the clause.
 */
function disownedJobWords(tokens: readonly string[]): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    const named =
      t === "not" && notHolders.has(tokens[i - 1] ?? "") && (tokens[i + 1] === "a" || tokens[i + 1] === "an")
        ? i + 2
        : -1;
    // "im not a data scientist but i want to be one": the job is the one aimed for, named again by "one".
    const aimedFor = tokens
      .slice(named)
      .some((w, k, rest) => w === "one" && /^(?:be|become)$/.test(rest[k - 1] ?? ""));
    if (named < 0 || aimedFor) return;
    for (let k = named; k < Math.min(tokens.length, named + 3) && !nameEnds.has(tokens[k] ?? ""); k++)
      found.push(k);
  });
  return found;
}
