/*
 * Roles named only as people around the question, not what it is about: who gave the advice ("IT guy at
 * work told me to look at SRE") or someone the person works with ("our IT guy is leaving").
 */

import pluralize from "pluralize";
import type { EntityReading, FoundRole } from "../names/entity-reading.js";
import { contrastWords } from "../words/contrast-words.js";
import { moveWords, questionWords } from "../words/entity-words.js";
import { hiringPeople, hiringSteps, judgesCandidatesAt } from "../words/hiring-words.js";
import { reportingVerbs } from "../words/reporting-verbs.js";

/** Words between an adviser's name and what they said: where they work ("at work", "at my place", "here"). */
const adviserAside = new Set("at in on my our the work here there place job company office team".split(" "));

/**
 * Whether a job, words start to end, is named only as who gave advice: followed, past words of where they
 * work ("at work", "at my place"), by a verb that reports what was said. "frontend dev. IT recruiter told
 * me" has another job between: the front-end developer is the person asking.
 */
function spokeAdvice(tokens: string[], start: number, end: number): boolean {
  for (let i = end; i < Math.min(tokens.length, end + 4); i++) {
    if (reportingVerbs.has(tokens[i] ?? "")) return i > start && !askedOfOwnMove(tokens, i);
    if (!adviserAside.has(tokens[i] ?? "")) return false;
  }
  return false;
}

/** Verbs of asking: what someone asked about is their own question, not advice given. */
const askingVerbs = new Set("asked asks wondered wonders".split(" "));

/** Words of a move someone makes: "asked about moving into security", "asks about a switch to sre". */
const ownMoveWords = new Set([
  ...moveWords,
  ..."moves switches transitions pivots getting going becoming breaking jumping".split(" "),
]);

/**
 * "my IT support tech asked about moving into cybersecurity", "one of my analysts asked me about switching
 * to data engineering": one who asked about a move, past "me", "about", "if" or "whether", asks of their own
 * move from the job named, which is its start, not advice (read so, the start was dropped and only where the
 * move leads was answered).
 */
function askedOfOwnMove(tokens: string[], verb: number): boolean {
  if (!askingVerbs.has(tokens[verb] ?? "")) return false;
  // "my sysadmin asked me to move into cloud": asked to, someone else is told to move, as advice is.
  const next = ["me", "us", "him", "her", "them"].includes(tokens[verb + 1] ?? "") ? verb + 2 : verb + 1;
  if (tokens[next] === "to") return false;
  for (let i = verb + 1; i < Math.min(tokens.length, verb + 6); i++)
    if (ownMoveWords.has(tokens[i] ?? "")) return true;
  return false;
}

/** Where a role found ends: one name typed, else none. */
const endOf = (f: FoundRole) => (f.typed.length === 1 ? f.start + (f.typed[0]?.split(" ").length ?? 1) : -1);

/** People the asker asks for at work: "candidate asking fe vs full stack comp", "a client wants to know". */
const askedForAtWork = new Set(
  "candidate candidates client clients applicant applicants customer customers hire hires".split(" "),
);

/**
 * Whether an occupation is only the asker's own, said to introduce them ("recruiter here, candidate asking
 * fe vs full stack comp in nyc"): said first, with "here", in a question asked for someone they work for or
 * with, about the jobs named besides (otherwise: the recruiter's figures answered, the roles set beside).
 */
function askingForOthers(tokens: string[], start: number, end: number): boolean {
  return start === 0 && tokens[end] === "here" && tokens.some((t) => askedForAtWork.has(t));
}

/**
 * Whether a job is who the question is asked for, not what it asks of: "paralegal pay and outlook? asking for
 * a burned out data analyst", "asking for a friend who is a nurse": "asking for" a few words before it,
 * with only words of who they are between (no other job, no word of pay).
 */
const notWhoFor = new Set("pay salary make makes earn outlook vs versus or and to into than".split(" "));

function askedForBy(tokens: string[], start: number, jobBefore: (at: number) => boolean): boolean {
  for (let k = start - 2; k >= Math.max(0, start - 8); k--) {
    if (tokens[k + 1] === "for" && ["asking", "askin", "ask", "asked"].includes(tokens[k] ?? ""))
      // Said after the job asked of ("asking for a friend: data analyst vs data scientist?" asks of both).
      return jobBefore(k) && tokens.slice(k + 2, start).every((t) => !notWhoFor.has(t));
  }
  return false;
}

/** Words that open a question of one job's pay or work: "what does an", "how much do". */
const askingOpeners = /^(?:what|how much|how much money) (?:does|do|would|will) (?:an? |the )?$/;

/**
 * "plumbers and electricians out here making bank apparently. what does an electrician actually make": of the
 * jobs a message names in passing, the one its question names again, alone, after "what does a", is the one
 * asked; the others were only said. Whether the question names this job so.
 */
function namedAgainInQuestion(tokens: string[], typed: string): boolean {
  const one = pluralize.singular(typed).split(" ");
  const at = tokens.flatMap((_, i) =>
    tokens
      .slice(i, i + one.length)
      .map((t) => pluralize.singular(t))
      .join(" ") === one.join(" ")
      ? [i]
      : [],
  );
  // Named twice ("how much do pharmacy techs and pharmacists make" names each once), once after the opener.
  const asked = (i: number) =>
    [2, 3, 4, 5].some((k) => k <= i && askingOpeners.test(`${tokens.slice(i - k, i).join(" ")} `));
  return at.length >= 2 && at.slice(1).some(asked);
}

/** Words for a person: "our IT guy", "my IT person". */
const personWords = new Set("guy guys person people girl gal lady dude folks".split(" "));

/** Words that weigh one job against another: "does our IT guy make more than a sysadmin" keeps both. */
const weighing = new Set([...contrastWords, ..."more less compare compared comparison".split(" ")]);

/**
 * Whether a role is named only as someone the person works with: "our IT guy is leaving, what should we pay a
 * sysadmin" — one name ending in a word for a person, after "our" or "my", in a question that weighs nothing.
 */
function namedAsPerson(tokens: string[], f: FoundRole): boolean {
  if (f.typed.length !== 1) return false;
  const words = f.typed[0]?.split(" ") ?? [];
  const last = tokens[f.start + words.length - 1] ?? "";
  return (
    personWords.has(last) &&
    ["our", "my"].includes(tokens[f.start - 1] ?? "") &&
    !tokens.some((t) => weighing.has(t))
  );
}

/**
 * Whether a job named ends right before a word of a step of being hired ("recruiter screen"), or before
 * where the person is from and then that step ("recruiter from kroger pinged me", "a recruiter at state farm
 * reached out"): the employer's name, up to three words, stands between.
 */
function stepOfHiring(tokens: string[], end: number): boolean {
  if (hiringSteps.has(tokens[end] ?? "")) return true;
  // "a recruiter just reached out", "recruiter finally dm'd me": a word of when between the person and
  // what they did to the asker.
  if (
    hiringPeople.has(tokens[end - 1] ?? "") &&
    whenWords.has(tokens[end] ?? "") &&
    hiringSteps.has(tokens[end + 1] ?? "")
  )
    return true;
  if (!["from", "at", "with"].includes(tokens[end] ?? "")) return false;
  // Of anyone else, only what they did ("a nurse at kaiser messaged me"): "im a nurse at kaiser with
  // interviews lined up" is the asker's own job, the interviews theirs.
  const steps = hiringPeople.has(tokens[end - 1] ?? "") ? hiringSteps : reachedOut;
  return [end + 2, end + 3, end + 4].some((i) => steps.has(tokens[i] ?? ""));
}

/** Words of when, said between who hires and what they did: "a recruiter just reached out". */
const whenWords = new Set(
  "just finally randomly already also literally actually recently suddenly".split(" "),
);

/** Steps of being hired that someone named did to the asker: "messaged me", "reached out". */
const reachedOut = new Set("emailed messaged msgd reached pinged contacted dmd dmed texted".split(" "));

/** Whether a job named is one of the people who hire, followed by a verb of judging candidates. */
const judgesCandidates = (tokens: string[], end: number) =>
  hiringPeople.has(tokens[end - 1] ?? "") && judgesCandidatesAt(tokens, end);

/** Words of being ("is", "are"): "which sectors are recruiting", "is google recruiting". */
const beingWords = new Set("is are was were be been being".split(" "));

/** Words that set a side of a move or a comparison: "leaving welding for", "from nursing to". */
const sideWords = new Set("from to into for of in at leaving left quit quitting".split(" "));

/** Words that may stand between a word of being and a verb: "are companies still recruiting". */
const verbAdverbs = new Set("still actively currently now also really even".split(" "));

/**
 * Whether the work a job does, said as an activity ("recruiting"), is a verb of the question, not the job:
 * said of a subject before it ("which sectors are recruiting", "is google recruiting", "are companies still
 * recruiting"), or right before another job named ("recruiting software devs", "recruiting a data scientist"). "is
 * recruiting a good career", "how is recruiting as a job" ask of the job: no subject before it.
 */
function activityAsVerb(r: EntityReading, start: number, end: number): boolean {
  const { tokens } = r;
  if (end - start !== 1 || !/ing$/.test(tokens[start] ?? "")) return false;
  let at = start - 1;
  while (at >= 0 && verbAdverbs.has(tokens[at] ?? "")) at--;
  // A word a subject may be: no word of a question, of being, of comparing or of a move ("vs", "from").
  const said = (i: number) =>
    i >= 0 && ![questionWords, beingWords, contrastWords, sideWords].some((set) => set.has(tokens[i] ?? ""));
  // "sectors are recruiting": a subject before the word of being; "is google recruiting": one after it.
  const ofSubject = beingWords.has(tokens[at] ?? "")
    ? said(at - 1)
    : said(at) && [at - 1, at - 2].some((i) => beingWords.has(tokens[i] ?? ""));
  const jobAt = (i: number) =>
    r.rolesFound.some((f) => f.start === i) || r.occupations.some((o) => o.start === i);
  const jobAfter = jobAt(end) || (["a", "an"].includes(tokens[end] ?? "") && jobAt(end + 1));
  return ofSubject || jobAfter;
}

/** Whose a job is when it is someone else's: "our IT director", "my manager", "his boss". */
const othersOwn = new Set("our my his her their".split(" "));

/** Verbs of what someone does with the names of jobs: "uses them interchangeably", "calls it", "mixes them up". */
const namesTreated = new Set(
  "uses used calls called treats treated mixes mixed confuses confused lumps lumped swaps conflates keeps kept is was".split(
    " ",
  ),
);

/**
 * Whether an occupation is a person the asker knows, named beside two roles set side by side: "devops vs
 * sre, whats the difference? our IT director uses them interchangeably" (otherwise: the IT director's
 * figures answered, the two roles only beside them). Said after "our" or "my" and followed by a verb of what
 * they say or do; "with my RN background" (no verb after it) is the asker's own job, kept.
 */
function personBesideComparison(r: EntityReading, start: number, end: number): boolean {
  const { tokens } = r;
  const next = tokens[end] ?? "";
  return (
    r.rolesFound.length >= 2 &&
    othersOwn.has(tokens[start - 1] ?? "") &&
    (namesTreated.has(next) || reportingVerbs.has(next))
  );
}

/** Someone else the asker speaks of, by a word for them: "candidate", "she", "my client". */
const someoneElse = new Set(
  "candidate candidates applicant applicants client clients hire she he they shes hes theyre".split(" "),
);

/** Words a background is told in: "coming from", "comes from", "background in", "is from". */
const backgroundBefore: readonly (readonly string[])[] = [
  ["coming", "from"],
  ["comes", "from"],
  ["came", "from"],
  ["is", "from"],
  ["background", "in"],
];

/**
 * Words of a move or of learning asked, for which a background is where the move starts, or of weighing it
 * against the role.
 */
const moveAsked = new Set([
  ...moveWords,
  ..."learn learning gap become becoming into transfer transferable carry carries over".split(" "),
  // "candidate comes from teaching, is data analyst a good fit for her": her fit, from where she comes.
  ..."fit fits suited suit".split(" "),
  // "would she make more as a data analyst": her job set against the role, one side of the comparison.
  ..."more less than vs versus compared compare cut".split(" "),
]);

/**
 * "candidate is coming from retail mgmt and asked me if it pays enough to live on": the job someone else
 * comes from, told of them by whoever asks for them (a recruiter, a manager), is their background, no side
 * of the question; unless the question asks of a move or what to learn ("candidate is coming from retail,
 * what would she need to learn for IT support": there it is the move's start).
 */
function backgroundOfAnother(tokens: string[], start: number): boolean {
  if (tokens.some((t) => moveAsked.has(t))) return false;
  for (const words of backgroundBefore) {
    const at = start - words.length;
    if (at < 0 || !words.every((w, i) => tokens[at + i] === w)) continue;
    return tokens.slice(Math.max(0, at - 3), at).some((t) => someoneElse.has(t));
  }
  return false;
}

/**
 * "IT guy at work told me to look at SRE", "our IT guy says sysadmins make more": a role named as the person
 * who gave the advice is who spoke, not what the question is about, when it names another job. So is an
 * occupation ("the IT director at my place said"), or one that only introduces the asker asking for someone
 * else ("recruiter here, candidate asking…") or is a step of being hired ("got a recruiter screen"), and a
 * role named as someone the person works with ("our IT guy is leaving, what should we pay a sysadmin").
 */
export function rolesAsPeopleDropped(r: EntityReading): void {
  const { tokens, masked, rolesFound, occupations } = r;
  const jobBefore = (at: number) =>
    rolesFound.some((f) => f.start < at) || occupations.some((o) => o.start < at);
  const unmask = (start: number, end: number) => {
    for (let i = start; i < end; i++) masked[i] = "";
  };
  for (const speaker of rolesFound.filter(
    (f) =>
      spokeAdvice(tokens, f.start, endOf(f)) ||
      namedAsPerson(tokens, f) ||
      askedForBy(tokens, f.start, jobBefore),
  )) {
    if (rolesFound.length + occupations.length < 2) break;
    rolesFound.splice(rolesFound.indexOf(speaker), 1);
    unmask(speaker.start, endOf(speaker));
  }
  // "amazon pay sde 1s? got a recruiter screen": the recruiter is a step of being hired, not a job asked of.
  const spoke = (o: (typeof occupations)[number]) =>
    spokeAdvice(tokens, o.start, o.start + o.entry.typed.split(" ").length) ||
    askedForBy(tokens, o.start, jobBefore) ||
    stepOfHiring(tokens, o.start + o.entry.typed.split(" ").length) ||
    (rolesFound.length > 0 && askingForOthers(tokens, o.start, o.start + o.entry.typed.split(" ").length));
  // "a recruiter told me", "what do recruiters look for", "which sectors are recruiting": the people who
  // hire, or hiring itself, are context even where no other job is named.
  const ends = (o: (typeof occupations)[number]) => o.start + o.entry.typed.split(" ").length;
  const hirer = (o: (typeof occupations)[number]) => hiringPeople.has(tokens[ends(o) - 1] ?? "");
  const context = (o: (typeof occupations)[number]) =>
    (hirer(o) && (spoke(o) || judgesCandidates(tokens, ends(o)))) ||
    // Beside a role named, or one pointed at ("… and asked me if it pays enough", in a thread on it).
    ((rolesFound.length > 0 || tokens.includes("it")) && backgroundOfAnother(tokens, o.start)) ||
    activityAsVerb(r, o.start, ends(o)) ||
    personBesideComparison(r, o.start, ends(o));
  // The one of several occupations the question names again ("… what does an electrician make"): the rest
  // were said in passing. Only where all were named before it, and no role of the knowledge is named.
  const askedAgain = occupations.filter((o) => namedAgainInQuestion(tokens, o.entry.typed));
  // "plumber vs electrician, what does a plumber make more": two set against each other stay both.
  const setAgainst = tokens.some((t) => weighing.has(t) || t === "which");
  if (askedAgain.length === 1 && occupations.length >= 2 && rolesFound.length === 0 && !setAgainst)
    for (const other of occupations.filter((o) => o !== askedAgain[0])) {
      occupations.splice(occupations.indexOf(other), 1);
      unmask(other.start, ends(other));
    }
  // "my uni careers advisor said IT is oversaturated": what one who spoke said of the field named after them
  // is what is asked, as it is of another job named.
  const fieldAfter = (o: (typeof occupations)[number]) => [...r.itField].some((at) => at >= ends(o));
  for (const speaker of occupations.filter((o) => spoke(o) || context(o))) {
    const besideJob = rolesFound.length + occupations.length >= 2;
    if (!besideJob && !context(speaker) && !(spoke(speaker) && fieldAfter(speaker))) continue;
    occupations.splice(occupations.indexOf(speaker), 1);
    unmask(speaker.start, ends(speaker));
  }
}
