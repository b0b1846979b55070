/*
 * Jobs no list knows, read only where the question names no known job: something shaped like a job title
 * ("pest control technician"), or a word that reads like a job ("bookkeeper", "lifeguards make").
 */
import { stem } from "../../knowledge/core/text.js";
import type { EntityReading } from "../names/entity-reading.js";
import { placeOf } from "../thread/thread-pick.js";
import {
  agentNoun,
  clauseWords,
  isTitleHead,
  jobHeads,
  jobLeads,
  kinNoun,
  payAfterJob,
  pronouns,
  questionWords,
  titleNoise,
} from "../words/entity-words.js";
import { judgesCandidatesAt } from "../words/hiring-words.js";
import { jobJudged } from "../words/job-judged.js";
import { reportingVerbs } from "../words/reporting-verbs.js";
import { techIndustryAt } from "../words/tech-industry.js";
import { payWords } from "../words/topic-words.js";
import { wayOfWorking } from "../words/ways-of-working.js";

/** Whether a step before found a covered role or an occupation. */
const namesAJob = ({ rolesFound, occupations }: EntityReading) => rolesFound.length + occupations.length > 0;

/** A head of job titles with one or two plain words in front ("salesforce developer"), taken as one job. */
export function unknownTitleRead(r: EntityReading): string | undefined {
  const { v, tokens, taken, masked } = r;
  if (namesAJob(r)) return undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i] || !isTitleHead(tokens[i] ?? "") || techIndustryAt(tokens, i)) continue;
    const plain = (j: number) => {
      const w = tokens[j] ?? "";
      return (
        !taken[j] &&
        !questionWords.has(w) &&
        !titleNoise.has(w) &&
        !clauseWords.has(w) &&
        !v.commonWords.has(w)
      );
    };
    if (!plain(i - 1) && !fieldBefore(r, i)) continue;
    // Up to two words in front: "pest control technician", not just "control technician".
    const near = !plain(i - 1) ? i : i >= 2 && plain(i - 2) ? i - 2 : i - 1;
    // "IT asset manager", "IT ops engineer": the field in front makes the job one of IT's, not the asset
    // manager of finance; it is part of the title.
    const start = fieldBefore(r, near) ? near - 1 : near;
    if (start < near) r.claim({ start, end: near }, "xrole");
    for (let j = start; j <= i; j++) masked[j] = j === start ? "xrole" : "";
    return titleAsTyped(tokens, start, i + 1, r.itField);
  }
  return undefined;
}

/** Whether the word before `at` is "IT" the field, left on its own. */
const fieldBefore = (r: EntityReading, at: number) => r.itField.has(at - 1) && !r.taken[at - 1];

/** A title's words as the question has them, the field written "IT" ("IT asset manager"). */
const titleAsTyped = (tokens: readonly string[], start: number, end: number, itField: ReadonlySet<number>) =>
  tokens
    .slice(start, end)
    .map((t, k) => (itField.has(start + k) ? "IT" : t))
    .join(" ");

/**
 * Words that read like a job and no list knows ("bookkeeper", "warehouse worker"), where the question names
 * no job and no unknown title: a head of jobs with words in front, an unknown agent noun, or an unknown word
 * right before a word of pay.
 */
export function titleLikeRead(r: EntityReading): string | undefined {
  const { v, tokens, taken } = r;
  if (namesAJob(r)) return undefined;
  const free = (i: number) => {
    const t = tokens[i] ?? "";
    return t !== "" && !taken[i] && !questionWords.has(t) && !titleNoise.has(t) && !v.commonWords.has(t);
  };
  let titleLike: string | undefined;
  for (let i = 0; i < tokens.length && !titleLike; i++) {
    const t = tokens[i] ?? "";
    const head = jobHeads.has(stem(t)) || isTitleHead(t);
    const unknownAgent = agentNoun.test(t) && !kinNoun.test(t) && free(i) && !v.knownWord(t);
    // "a recruiter told me im underpaid": who said it, not a job asked about.
    // "or do hiring managers mostly ignore them": the people who hire, judging, are no job asked about.
    const spoke = reportingVerbs.has(tokens[i + 1] ?? "") || judgesCandidatesAt(tokens, i + 1);
    if (taken[i] || (!head && !unknownAgent) || spoke || techIndustryAt(tokens, i)) continue;
    // A job head takes any plain word in front ("stock clerk", "warehouse worker"); an unknown agent noun
    // only unknown ones ("dog walker"), so "python developer"-like known words stay out of it.
    const extends_ = (j: number) => {
      const w = tokens[j] ?? "";
      if (w === "" || taken[j] || questionWords.has(w) || titleNoise.has(w) || clauseWords.has(w))
        return false;
      // "best paid tech jobs": a word of pay before a head says what the jobs pay, no job of its own.
      if (payWords.has(w)) return false;
      return head || (!v.commonWords.has(w) && !v.knownWord(w));
    };
    let start = i;
    while (start > 0 && i - start < 2 && extends_(start - 1)) start--;
    if (fieldBefore(r, start)) start--;
    if (head && start === i) continue;
    // A word of one job on its own is loose outside its frame in a long message; with a word in front
    // ("wants to be a tiktok creator instead, what does that pay") it is a title as typed.
    if (start === i && r.looseJob({ start: i, end: i + 1 })) continue;
    titleLike = titleAsTyped(tokens, start, i + 1, r.itField);
  }
  // An unknown word right before a word of pay is the job asked about ("how much do lifeguards make").
  if (!titleLike)
    tokens.forEach((t, i) => {
      const before = tokens[i - 1] ?? "";
      if (titleLike || !payAfterJob.has(t) || i === 0 || !free(i - 1) || v.knownWord(before)) return;
      // "what does she make": a person pointed at, whose job the thread holds, never a job called "she".
      if (pronouns.has(before)) return;
      // "the 2nd pay", "#2 pay": a place in a list, which a reply picks by, never a job.
      if (placeOf(before) !== undefined) return;
      const start = i >= 2 && free(i - 2) && !v.knownWord(tokens[i - 2] ?? "") ? i - 2 : i - 1;
      // Only where a job can stand: first, or after "a", "do"… ("how much do lifeguards make"), not
      // "generative ai skills boost pay".
      // A word that leaves the job as it is may stand in front ("professional gamer").
      const lead = tokens[start - 1] ?? "";
      if (start > 0 && !jobLeads.has(lead) && !titleNoise.has(lead)) return;
      titleLike = tokens.slice(start, i).join(" ");
    });
  // "is hvac a good job", "is da a good career": an unknown word where the job judged stands (otherwise:
  // read as no job at all, which gave the ML market's demand).
  const judged = jobJudged.exec(tokens.join(" "));
  if (!titleLike && judged?.[1]) {
    const words = judged[1].split(" ");
    const at = (words[0] === "a" || words[0] === "an" ? 2 : 1) - 1;
    const typed = words.slice(at);
    const unknown = typed.every((w, k) => free(1 + at + k) && !v.knownWord(w));
    // "is gig work a good job": a way of working, of known words, judged as the job (its answer says so).
    if (unknown || wayOfWorking(typed.join(" "))) titleLike = typed.join(" ");
  }
  return titleLike;
}
