/*
 * What could not be read on one side of a comparison: the words on a side of "vs"/"or"/"than" that name no
 * job ("swe vs blorpt"), or what one job is likened to ("is devsecops the same as a security engineer"); and
 * where a move ends, when that names no job ("EM back to IC").
 */
import { isShortForm, stem } from "../../knowledge/core/text.js";
import type { EntityReading } from "../names/entity-reading.js";
import { comparers } from "../words/contrast-words.js";
import {
  betweenCounts,
  comparedBy,
  comparedOn,
  isTitleHead,
  likenedTo,
  likening,
  moveWords,
  notASide,
  pronouns,
  questionWords,
  sideWeighingWords,
  titleHeads,
  titleNoise,
} from "../words/entity-words.js";

/** Words for people doing a job, ending the words that say which: "implementation folks", "ops people". */
const peopleWords: ReadonlySet<string> = new Set("folks folk people ppl guys staff crew".split(" "));

/**
 * Words that point at a job already named: "that", "it", "them"; or at a person ("rip him off or get ripped
 * off", "where we live or in general"): a side with one names no job.
 */
const pointing: ReadonlySet<string> = new Set([
  ...pronouns,
  ..."that this those these him me us you myself himself herself yourself ourselves".split(" "),
  // "where we live or in general", "what i make or more": a side said of the asker or someone, doing
  // something, names where or what they do, no job.
  ..."i we he she".split(" "),
]);

/** Verbs that open a question of their own after "or", with who it asks of: "or did he just get lucky". */
const askingVerbs: ReadonlySet<string> = new Set(
  "did do does is are was were should would will can could has have had".split(" "),
);
const askedOf: ReadonlySet<string> = new Set(
  "i you u he she it they we my your his her their our".split(" "),
);

/**
 * "does it pay more in the private sector generally or did he just get lucky": an "or" that opens a
 * question of its own (a verb that asks, then who) joins two questions, no two jobs; neither side is one.
 */
const questionJoined = (tokens: readonly string[], i: number) =>
  askingVerbs.has(tokens[i + 1] ?? "") && askedOf.has(tokens[i + 2] ?? "");

/** Verbs of the asker's own taste: "i like docs more than code", "i enjoy people more than spreadsheets". */
const tasteVerbs: ReadonlySet<string> = new Set(
  "like likes liked love loves enjoy enjoys enjoyed prefer prefers hate hates dislike mind rather".split(" "),
);

/**
 * "technical writer salary? i like docs more than code honestly": what the asker likes more than something
 * else, said of themselves ("i", "i really", "i'd"), weighs their tastes, never a job against the one asked
 * of (read so, "code honestly" was set beside the technical writers' figures). A job named there is found
 * as a job anyway; this only keeps unnamed words from being a side.
 */
function tasteWeighed(tokens: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 7); j--) {
    if (!tasteVerbs.has(tokens[j] ?? "")) continue;
    return tokens.slice(Math.max(0, j - 3), j).some((t) => ["i", "id", "im", "we"].includes(t));
  }
  return false;
}

/**
 * With one job named, the side of the first "vs" that names nothing ("swe vs blorpt"); with several, only a
 * side set right against one of them ("devops vs sre vs platform eng"), not a choice among what they are
 * compared by ("swe vs mle, pay or outlook").
 */
function sideUnread({ tokens, taken, job, rolesFound, occupations }: EntityReading): string | undefined {
  const several = rolesFound.length + occupations.length > 1;
  let unread: string | undefined;
  tokens.forEach((t, i) => {
    if (unread || !comparers.has(t) || betweenCounts(tokens, i) || questionJoined(tokens, i)) return;
    if (t === "than" && tasteWeighed(tokens, i)) return;
    // The words right after (or else right before) the comparer, if none is taken or known.
    for (const step of [1, -1]) {
      const words: string[] = [];
      let j = i + step;
      for (; j >= 0 && j < tokens.length && words.length < 3; j += step) {
        const w = tokens[j] ?? "";
        const topic = comparedBy.has(w) || comparedOn.has(w);
        if (w === "" || taken[j] || questionWords.has(w) || titleNoise.has(w) || topic) break;
        // Nor does it run on into the next side, or into a choice that is no job ("or stay in qa"), nor is
        // it a word that weighs the sides ("same thing or different", "how does that stack up vs").
        if (comparers.has(w) || notASide(w) || likening.has(w) || sideWeighingWords.has(w)) break;
        words.push(tokens[j] ?? "");
        // "devs / implementation folks? madison area": a word for the people themselves ends the side they
        // name; what follows is another thing said (a place no list knows), not more of the side.
        if (step === 1 && peopleWords.has(w)) {
          j++;
          break;
        }
      }
      // "vs info sec analist": words that run straight into the job named after the comparer are part of
      // how that job was put (its misspelt or shortened name was found from the rest), not a side of their own.
      if (step === 1 && job[j]) continue;
      const side = step === 1 ? words : words.reverse();
      // A title's last word alone ("eng", "developer") is left over from a misspelt name found before it
      // ("big data clowd eng"), not a side of its own; "how fast is that growing vs teaching": a side that
      // points at the thread's job names it, unread or not.
      // "rip them off or …": a side cut short by a word pointing at a person is that person's.
      if (side.some((w) => pointing.has(w)) || pointing.has(tokens[j] ?? "")) continue;
      const titleWordOnly = side.every((w) => isShortForm(w) || isTitleHead(w));
      if (side.length && !unread && !titleWordOnly && (!several || job[i - step])) unread = side.join(" ");
    }
  });
  return unread;
}

/**
 * "is devsecops the same as a security engineer", "what devsecops is, is it the same as …": with one job
 * named, what it is likened to is the nearest words no list knows around "same as" / "different from".
 * A word of the questions' own ("mlops") counts where the knowledge uses it too.
 */
function likenedUnread({ kb, v, tokens, taken }: EntityReading): string | undefined {
  const likenable = (i: number) => {
    const t = tokens[i] ?? "";
    return (
      t !== "" &&
      !taken[i] &&
      !questionWords.has(t) &&
      !titleNoise.has(t) &&
      !comparedBy.has(t) &&
      !likening.has(t) &&
      (!v.commonWords.has(t) || kb.index.words.has(t))
    );
  };
  return likenedTo(tokens, likenable);
}

/** The words a comparison sets against a job that name none, when the question names a job at all. */
export function unreadRead(r: EntityReading): string | undefined {
  const named = r.rolesFound.length + r.occupations.length;
  const unread = sideUnread(r) ?? (named === 1 ? likenedUnread(r) : undefined);
  return unread && named >= 1 ? unread : undefined;
}

/** Words that lead to where a move ends: "qa to sdet", "EM back to IC", "from swe into blorpt". */
const moveEndMarkers = new Set(["to", "into"]);

/**
 * "EM back to IC", "from data analyst to growth hacker": with one job named, and named as the start (after
 * "from", a word of moving or "back", or first of all), the words after its "to"/"into" that name no job.
 * They read as a job up to the last that is no everyday word or ends a job's title; or, after a start
 * said as such ("from", "back to"), one short word alone (an abbreviation: "IC"). "is swe hard to learn"
 * ends in no job.
 */
export function moveEndUnread({
  v,
  tokens,
  taken,
  rolesFound,
  occupations,
}: EntityReading): string | undefined {
  const [start, other] = rolesFound;
  if (!start || other || occupations.length) return undefined;
  const back = tokens[start.end] === "back";
  const marker = back ? start.end + 1 : start.end;
  if (!moveEndMarkers.has(tokens[marker] ?? "")) return undefined;
  const before = tokens.slice(0, start.start);
  const saidAsStart = back || before.some((w) => w === "from" || moveWords.has(w));
  if (!saidAsStart && before.length > 0) return undefined;
  const words: string[] = [];
  for (let j = marker + 1; j < tokens.length && words.length < 3; j++) {
    const w = tokens[j] ?? "";
    if (w === "" || taken[j] || questionWords.has(w) || titleNoise.has(w) || comparedBy.has(w) || notASide(w))
      break;
    words.push(w);
  }
  const jobWord = (w: string) => !v.commonWords.has(w) || titleHeads.has(stem(w));
  const end = words.map(jobWord).lastIndexOf(true);
  if (end >= 0) return words.slice(0, end + 1).join(" ");
  const [first] = words;
  return saidAsStart && first && first.length <= 4 ? first : undefined;
}
