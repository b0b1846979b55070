/*
 * "would i even make more than trucking", "from plumbing to hvac", "welding vs electrician": the work a job
 * does, said as an activity ("trucking", "plumbing"), standing as a side of a move or a comparison, is the
 * occupation of the people who do it (the trucker's, the plumber's), as "nursing" and "teaching" are the
 * nurse's and the teacher's (otherwise: "I could not read "trucking" as a role I know"). Only as a side:
 * elsewhere such a word is the work talked about ("a trucking company", "plumbing skills"). Never a word of
 * the knowledge's own text ("testing", "modeling", "mining": tech's work, not a tester's job), nor a word of
 * questions ("working", "moving").
 */
import { roleThatIs } from "../../knowledge/role-that-is.js";
import {
  type EntityReading,
  listedTitle,
  officialOccupation,
  type UncoveredOccupation,
} from "../names/entity-reading.js";
import { comparers } from "../words/contrast-words.js";
import {
  comparedBy,
  comparedOn,
  genericTitleWords,
  markerBefore,
  questionWords,
  toMarkers,
} from "../words/entity-words.js";
import { jobNounWords, lineOfWorkWords } from "../words/job-nouns.js";
import { degreeWords } from "../words/topic-words.js";
import { fieldAsSide } from "./field-names.js";

type Span = { start: number; end: number };

/** Endings a doer's name puts on an activity's root: "trucker", "consultant", "nurse", "cook". */
const doerEndings = ["er", "or", "ant", "ist", "e", ""];

/** The names the one who does an activity may have ("trucking" → "trucker", "truckor", …), likeliest first. */
const doersOf = (activity: string): string[] =>
  doerEndings.map((ending) => `${activity.slice(0, -"ing".length)}${ending}`);

/**
 * Whether what follows the activity leaves it whole as a side: the end, a word of the question or of the
 * comparison ("than trucking, or", "from plumbing to"), never a noun it qualifies ("trucking company").
 */
function endsSide(after: string | undefined): boolean {
  return (
    after === undefined ||
    questionWords.has(after) ||
    comparers.has(after) ||
    toMarkers.has(after) ||
    comparedBy.has(after) ||
    comparedOn.has(after) ||
    /^\d/.test(after)
  );
}

/**
 * The occupation of the one who does an activity: a title the occupations list holds ("trucker", "cook"),
 * else a name the official titles know as an occupation's own ("plumber", not "cooker" of cooking machines);
 * with the official occupations the name stands for, where the list gives it no code.
 */
function doerOf(r: EntityReading, activity: string): UncoveredOccupation | undefined {
  const { kb, v, official } = r;
  const doers = doersOf(activity).filter(
    (d) => d.length >= 3 && !genericTitleWords.has(d) && kb.roleNames.lookup(d)?.distance !== 0,
  );
  const socsOf = (doer: string) =>
    (official?.titles.lookup(doer) ?? []).filter((s) => official?.titles.readsAs(doer, s));
  for (const doer of doers) {
    const listed = listedTitle(v, doer);
    if (!listed) continue;
    const socs = listed.soc ? [] : socsOf(doer);
    return { occupation: listed, typed: activity, ...(socs.length ? { official: socs } : {}) };
  }
  for (const doer of doers) {
    const socs = socsOf(doer);
    // A lone word names a job where it heads several titles and people know it ("plumber"), as a title
    // read alone must; the work of a curated role ("testing": QA) is that role's, not this step's.
    const [soc] = socs;
    if (!soc || !official?.titles.isTitleHead(doer) || !official.titles.isKnownName(doer)) continue;
    if (socs.some((s) => roleThatIs(kb, s))) return undefined;
    return { occupation: officialOccupation(kb, soc), typed: activity, official: socs };
  }
  return undefined;
}

/**
 * "is welding still a good trade or is it dying out", "is plumbing a good career": the activity asked of as
 * a line of work, "is" before it and a noun of one within a few words after, is the work of its doers'
 * occupation, as a side of a move is (otherwise: "outside what I know").
 */
function weighedAsWork(tokens: readonly string[], at: number, end = at + 1): boolean {
  return tokens[at - 1] === "is" && tokens.slice(end, end + 4).some((t) => lineOfWorkWords.has(t));
}

/** Words of being that make an activity after them a verb going on now: "im finishing", "currently interviewing". */
const beingNow: ReadonlySet<string> = new Set(["im", "am", "currently", "now", "been", "being"]);

/**
 * Words of looking for a job, or trying one out: "im interviewing at deloitte", "been applying for months",
 * "im interning on an infra team" (an intern, not an internist).
 */
const jobHuntWords: ReadonlySet<string> = new Set(["interviewing", "applying", "interning"]);

/** Words before what a verb is done to: "finishing a phd", "doing my masters". */
const determiners: ReadonlySet<string> = new Set("a an the my our his her their your".split(" "));

/** Verbs done to a course of study: "finishing", "doing", "starting", "taking" a degree or a bootcamp. */
const studyVerbs: ReadonlySet<string> = new Set(
  "finishing doing starting completing pursuing taking getting studying attending wrapping".split(" "),
);

/** A course of study: "finishing a phd", "finishing my degree", "doing a bootcamp". */
const studied: ReadonlySet<string> = new Set([
  ...degreeWords,
  ..."bootcamp course thesis dissertation diploma school college uni university program programme".split(" "),
]);

/**
 * "i'm finishing a phd in physics", "im interviewing at deloitte for a da role": an activity said of
 * oneself that is a job hunt, or done to a course of study, is what one is doing now, not a job held
 * (otherwise: Concrete Finishers, Interviewers). "im tutoring at a college" stays the tutor's job.
 */
function doingNow(tokens: readonly string[], at: number): boolean {
  // "finishing my masters in cs at georgia tech, my advisor wants…": opening the message, with no "im"
  // before it, a verb done to a course is as much what one is doing now.
  const opens = at === 0 && studyVerbs.has(tokens[at] ?? "");
  if (!beingNow.has(tokens[at - 1] ?? "") && !opens) return false;
  if (jobHuntWords.has(tokens[at] ?? "")) return true;
  // Only a verb done to a course ("finishing a phd"); "tutoring my college classmates" is the tutor's job.
  if (!studyVerbs.has(tokens[at] ?? "")) return false;
  let k = at + 1;
  while (determiners.has(tokens[k] ?? "")) k++;
  return k > at + 1 && studied.has(tokens[k] ?? "");
}

/**
 * "welding jobs pay", "are plumbing jobs in demand": the activity before a noun of a job names the jobs of
 * its doers, as "trucking" alone does as a side (otherwise: a ranking of the curated roles "matching
 * welding", which none does, shown empty).
 */
const jobsOfActivity = (tokens: readonly string[], end: number) => jobNounWords.has(tokens[end] ?? "");

/** Whether the activity's words from `start` to `end` stand as a side, or as a line of work or its jobs. */
function standsAsSide(tokens: readonly string[], m: Span, roles: readonly Span[]): boolean {
  return (
    (endsSide(tokens[m.end]) &&
      (fieldAsSide(tokens, m, roles) ||
        markerBefore(tokens, m.start, comparers) ||
        comparers.has(tokens[m.end] ?? ""))) ||
    weighedAsWork(tokens, m.start, m.end) ||
    jobsOfActivity(tokens, m.end)
  );
}

/**
 * "medical coding jobs pay", "is video editing a good career", "medical billing salary": a word and an
 * activity whose doer's name with it is an official title ("medical coder", "video editor") name that
 * occupation, even where the activity alone is tech's work ("coding": Software Engineer's) or a doer too
 * generic alone ("editor"). The title must be O*NET's own, whole: the word before only narrows the work.
 */
function twoWordDoerOf(
  r: EntityReading,
  qualifier: string,
  activity: string,
): UncoveredOccupation | undefined {
  const { kb, v, official } = r;
  for (const doer of doersOf(activity).map((d) => `${qualifier} ${d}`)) {
    if (kb.roleNames.lookup(doer)?.distance === 0) return undefined;
    const typed = `${qualifier} ${activity}`;
    // The official title first, as the doer's name typed is read ("video editor": Film and Video Editors).
    const socs = (official?.titles.lookup(doer) ?? []).filter((s) => official?.titles.readsAs(doer, s));
    if (socs.some((s) => roleThatIs(kb, s))) return undefined;
    const [soc] = socs;
    if (soc) return { occupation: officialOccupation(kb, soc), typed, official: socs };
    const listed = listedTitle(v, doer);
    if (listed) return { occupation: listed, typed };
  }
  return undefined;
}

/** Activities among the words left that stand as a side and name their doers' occupation. */
export function jobActivityRead(r: EntityReading): void {
  const { kb, v, tokens } = r;
  const roles = r.rolesFound;
  r.open().forEach((word, at) => {
    if (!/^[a-z]{3,}ing$/.test(word) || doingNow(tokens, at)) return;
    const before = r.open()[at - 1] ?? "";
    const pair = { start: at - 1, end: at + 1 };
    if (/^[a-z]{3,}$/.test(before) && !questionWords.has(before) && standsAsSide(tokens, pair, roles)) {
      const doer = twoWordDoerOf(r, before, word);
      if (doer) {
        r.addUncovered(doer, at - 1);
        r.claim(pair, "xrole");
        return;
      }
    }
    if (v.commonWords.has(word) || kb.index.words.has(word)) return;
    const m = { start: at, end: at + 1 };
    // "than trucking", "from plumbing", "welding vs electrician": a side of a move or a comparison.
    const doer = standsAsSide(tokens, m, roles) ? doerOf(r, word) : undefined;
    if (!doer) return;
    r.addUncovered(doer, at);
    r.claim(m, "xrole");
  });
}
