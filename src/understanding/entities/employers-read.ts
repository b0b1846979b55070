/*
 * The employers a question names: kinds of employer first ("quant firms" is no quant), then one with pay
 * figures, then every other employer, as spelt, in a job link's address, or misspelt.
 */
import { stem } from "../../knowledge/core/text.js";
import type { Match } from "../../knowledge/core/vocabulary.js";
import type { EntityReading } from "../names/entity-reading.js";
import { startsMoveAt } from "../occupations/workplace-side.js";
import { isTitleHead, jobHeads, questionWords } from "../words/entity-words.js";
import { jobNounWords } from "../words/job-nouns.js";
import {
  employerAfterAt,
  employerAskedAgain,
  employerHeadingJobPay,
  employerPaying,
} from "./employer-frames.js";
import {
  fruitOfSaying,
  goneToByAnother,
  productWorkedWith,
  programOfEmployer,
  siteUsed,
  verbFormOfName,
} from "./employer-not-meant.js";
import { employersInAddresses, misspeltEmployers } from "./employer-spellings.js";
import { governmentEmployer } from "./government-employers.js";
import { employerNamesAmong } from "./listed-employers.js";
import { unlistedEmployers } from "./unlisted-employers.js";

/** Words of earning: "electricians make bank" is slang for earning a lot, and names no bank. */
const earningWords = new Set("make makes making made earn earns earning earned rake rakes raking".split(" "));

/** Takes the kinds of employer named ("startups", "faang"); returns their matches, which have no figures. */
export function companyKindsRead(r: EntityReading): Match<string>[] {
  // "moving from banking into cybersecurity": a line of business where a move starts is no employer asked
  // of, but where the asker works (`workplace-side.ts`).
  const movedFrom = (m: Match<string>) =>
    r.v.sectorWords.has(r.tokens.slice(m.start, m.end).join(" ")) && startsMoveAt(r.tokens, m.start, m.end);
  // "data analysts at bank of america": a kind's word inside an employer's whole name is the employer's.
  const employerNames = employerNamesAmong(r);
  const insideEmployer = (m: Match<string>) =>
    employerNames.some((e) => e.start <= m.start && m.end <= e.end && e.end - e.start > m.end - m.start);
  const kindMatches = r.v.companyKinds
    .findAll(r.tokens, undefined, false)
    .filter(
      (m) =>
        m.entries.length === 1 &&
        !earningWords.has(r.tokens[m.start - 1] ?? "") &&
        !movedFrom(m) &&
        !goneToByAnother(r.tokens, m.start) &&
        !insideEmployer(m),
    );
  for (const m of kindMatches) r.claim(m, "xcompany");
  return kindMatches;
}

/**
 * An employer with figures, within a typo ("meta"); then every other employer and kind of employer named,
 * as typed: none is a job title ("what does spotify pay them"), and each reads as one placeholder.
 */
export function employersRead(r: EntityReading): { company?: string; employers: string[] } {
  const { kb, v, tokens, typos } = r;
  // "windows server + vmware": a product among the tools one works with is no employer.
  const employerAt = (at: number) =>
    v.employers.lookup(tokens[at] ?? "")?.distance === 0 ||
    kb.companies.lookup(tokens[at] ?? "")?.distance === 0;
  // "did the google data cert": a course or credential the employer gives is no employer either, nor a site
  // something happened on ("pinged me on linkedin").
  const toolAt = (at: number) =>
    v.skillWords.has(stem(tokens[at] ?? "")) || v.toolWords.has(tokens[at] ?? "");
  const product = (m: Match<string>) =>
    productWorkedWith(
      tokens,
      m.start,
      m.end,
      employerAt,
      toolAt,
      (w) => /^[a-z]+$/.test(w) && !v.englishWord(w),
    ) ||
    programOfEmployer(tokens, m.end) ||
    siteUsed(tokens, m.start, m.end) ||
    goneToByAnother(tokens, m.start) ||
    fruitOfSaying(tokens, m.start, m.end) ||
    verbFormOfName(tokens, m.start, m.end, v.englishWord);
  const withFigures = kb.companies
    .findAll(r.open(), (w) => questionWords.has(w), typos)
    .find((m) => m.entries.length === 1 && !product(m));
  if (withFigures) r.claim(withFigures, "xcompany");
  const company = withFigures?.entries[0];
  // An employer's name that is also a kind of skill ("aws") is the employer only in a pay question, which
  // the understanding decides after the classifier.
  const isSkill = (m: Match<string>) =>
    v.skillKinds.lookup(tokens.slice(m.start, m.end).join(" ")) !== undefined;
  // Right before a word that ends jobs outside tech, it stays a word of the job: "doordash driver" is one.
  const brandOfJob = (m: Match<string>) => jobHeads.has(stem(r.open()[m.end] ?? ""));
  // As spelt, in a job link's address ("amazon.jobs"), or misspelt where typos are read at all ("amazn").
  const known = (w: string) => v.knownWord(w) || kb.official?.titles.hasWord(w) === true;
  const open = r.open();
  // "what does epic pay analysts": a job family's head ("analysts", "engineers") is the people paid as
  // much as a role is, though which one is left to ask; without it "epic analysts" read as a title.
  // So are the IT jobs as a whole: "costco it jobs pay", "what does costco pay for it jobs".
  const itJobs = (i: number) =>
    (r.itField.has(i) && jobNounWords.has(open[i + 1] ?? "")) ||
    (r.itField.has(i - 1) && jobNounWords.has(open[i] ?? ""));
  const jobAt = (i: number) => r.job[i] === true || isTitleHead(open[i] ?? "") || itJobs(i);
  // "data analyst salary at target", "at target in texas": a name that is an everyday word is the employer
  // only right after "at", ending the message or before its place; so is one the question just asked is
  // asked again of ("same q for target"), one asked what it pays ("does target pay good for tech jobs") and
  // one heading a job's pay ("target data analyst salary").
  const atEmployer = (m: Match<string>) =>
    employerAfterAt(open, m.start, m.end) ||
    employerAskedAgain(open, m.start) ||
    employerPaying(open, m.start, m.end) ||
    employerHeadingJobPay(open, m.start, m.end, jobAt);
  const listed = [
    ...v.employers
      .findAll(open, undefined, false)
      .filter((m) => m.entries.length === 1 && !isSkill(m) && !product(m)),
    ...v.ordinaryEmployers
      .findAll(open, undefined, false)
      .filter((m) => m.entries.length === 1 && atEmployer(m)),
    ...employersInAddresses(v.employers, r.open()),
    ...(typos ? misspeltEmployers(v.employers, r.open(), known) : []),
  ];
  // "what does the state of ohio pay a dba": a government, named by the place it serves.
  const governments = [
    ...v.unlistedPlaces.findAll(tokens, undefined, false),
    ...kb.places.findAll(tokens, undefined, false),
  ].flatMap((m) => governmentEmployer(tokens, m.start, m.end) ?? []);
  // Then one no list names, where a pay question puts the employer, unless a listed one stands there.
  const employerMatches = [
    ...listed,
    ...governments.filter((g, i) => governments.findIndex((o) => o.start === g.start) === i),
    ...unlistedEmployers(r.open(), {
      known,
      english: v.englishWord,
      jobAt,
      skill: (w) => v.skillWords.has(stem(w)),
      tool: (w) => v.toolWords.has(w),
      lineOfBusiness: (w) => v.sectorWords.has(w),
      itTypedAt: (i) => r.tokens[i] === "it",
      typedAt: (i) => r.tokens[i] ?? "",
    }).filter((m) => ![...listed, ...governments].some((l) => l.start < m.end && m.start < l.end)),
  ];
  for (const m of employerMatches.filter((m) => !brandOfJob(m))) r.claim(m, "xcompany");
  const employers = [...(withFigures ? [withFigures] : []), ...employerMatches]
    .sort((a, b) => a.start - b.start)
    .map((m) => m.entries[0] ?? "")
    .filter((name, i, all) => all.indexOf(name) === i);
  return { company, employers };
}
