/*
 * Two stages of a career set side by side where one (or both) is said as time, not as a level's word:
 * "what does a swe make starting out vs after 10 years", "starting out vs 10 yrs in for a swe", "year 1 vs
 * year 10 pay", "swe pay starting out vs senior". They are one role's pay at two levels, as "entry level vs
 * senior swe pay" is (otherwise: "after 10 years" was read as an unread role set against the swe, and
 * "starting out vs 10 yrs in" as how to become one).
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { EntityReading } from "../names/entity-reading.js";
import { besideWords } from "../words/contrast-words.js";
import { yearsCounted } from "./experience-years.js";

/** A stage said as years ("after 10 years"), with the level it was read as, and whether a source gives that. */
export interface StageByTime {
  /** As typed: "after 10 years". */
  typed: string;
  years: number;
  level: string;
  /** Whether the knowledge's levels give years (with a source) that put this many in that level. */
  sourced: boolean;
}

const count =
  "(\\d{1,2}(?:\\.\\d)?\\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|a couple(?: of)?|several)";
const unit = "(?:years?|yrs?|yoe)";

/**
 * "after 10 years", "10 yrs in", "with 5 yoe", "10 years of experience", "10 years later", "year 10": a
 * point in a career given as years. Alone ("10 years") it is one only where set against another stage.
 */
const yearsStage = new RegExp(
  `\\b(?:(?:after|with|w|at|having|by|around) (?:like |about |around |roughly |maybe )?)?${count} ${unit}(?: (?:of )?(?:work |professional |industry )?(?:exp|experience|xp))?(?: (?:in|into it|into the (?:career|job|field)|later|on|down the (?:road|line)))?\\b|\\b(?:by |in )?year ${count}\\b`,
  "gi",
);

/**
 * "starting out", "at the start", "in the beginning", "year one", "day one": the start of a career, the
 * entry level (as "what do they pay starting out" reads alone).
 */
const startStage =
  /\b(?:just starting out|starting out|starting off|just starting|to start with|to start off|to start|at the (?:start|beginning)|in the beginning|at first|(?:first|1st) year|day (?:one|1)|when (?:you|i) start|starting)\b/gi;

/**
 * Words that set the stages beside each other: "vs", "or", "compared to", "and" ("starting out and after 5
 * yrs"), "then", and "to" ("from starting out to senior", read as "junior to senior" is).
 */
const settingBeside: ReadonlySet<string> = new Set([...besideWords, "and", "then", "to"]);

/**
 * The level a count of years is read as: the knowledge's own, where its levels give years with a source;
 * else the reading most career ladders share (under 2 years entry, under 5 mid, then senior), which the
 * answer says no source gives, so that "after 10 years" against the start is still the two levels' pay.
 */
function levelForYears(kb: KnowledgeBase, years: number): { level: string; sourced: boolean } | undefined {
  const levels = kb.knowledge.levels;
  const sourced = levels.find(
    (l) => l.years && l.years.min <= years && (l.years.max === undefined || years <= l.years.max),
  );
  if (sourced) return { level: sourced.id, sourced: true };
  if (levels.some((l) => l.years)) return undefined;
  const id = years < 2 ? "entry" : years < 5 ? "mid" : "senior";
  return kb.levels.lookup(id) ? { level: id, sourced: false } : undefined;
}

type Side = { start: number; end: number; level: string; time?: StageByTime; bare?: boolean };

/** A count of years said with nothing of a career around it: "1 year", "5 years" (of school, from now…). */
const bareCount = /^(?:\S+|a few|a couple(?: of)?|several) (?:years?|yrs?)$/i;

/** The token span of a match on the tokens joined by single spaces. */
function spanOf(text: string, index: number, length: number): { start: number; end: number } {
  const start = text.slice(0, index).split(" ").length - 1;
  return { start, end: start + text.slice(index, index + length).split(" ").length };
}

/** The stages said as time among the words no step has taken. */
function stagesSaid(r: EntityReading): Side[] {
  const text = r.tokens.join(" ");
  const sides: Side[] = [];
  for (const m of text.matchAll(yearsStage)) {
    const span = spanOf(text, m.index ?? 0, m[0].length);
    const typedCount = m[1] ?? m[2] ?? "";
    const counted = yearsCounted(typedCount);
    if (counted === undefined) continue;
    // "year 1" is the first year, none of experience behind it.
    const years = m[2] !== undefined ? Math.max(0, counted - 1) : counted;
    const read = levelForYears(r.kb, years);
    if (!read) continue;
    const bare = m[2] === undefined && bareCount.test(m[0]);
    sides.push({ ...span, level: read.level, time: { typed: m[0], years, ...read }, bare });
  }
  for (const m of text.matchAll(startStage)) {
    const span = spanOf(text, m.index ?? 0, m[0].length);
    if (!sides.some((s) => s.start < span.end && span.start < s.end)) sides.push({ ...span, level: "entry" });
  }
  return sides.filter((s) => !r.taken.slice(s.start, s.end).some(Boolean));
}

/**
 * Two stages set side by side, at least one said as time, beside the level a word named (if any): the two
 * levels in the order said, with the stages given as years for the answer to say how it read them. Both
 * must differ and a word setting them beside each other must stand between them.
 */
export function stagesByTimeRead(
  r: EntityReading,
  named: { level?: string; otherLevel?: string; unlistedLevel?: unknown },
): { level: string; otherLevel: string; stagesByTime: StageByTime[] } | undefined {
  if (named.otherLevel || named.unlistedLevel) return undefined;
  const said = stagesSaid(r);
  if (said.length === 0) return undefined;
  const levelAt = named.level ? r.masked.indexOf("xlevel") : -1;
  const sides = [
    ...said,
    ...(named.level && levelAt >= 0 ? [{ start: levelAt, end: levelAt + 1, level: named.level }] : []),
  ].sort((a, b) => a.start - b.start);
  const [first, second] = sides;
  if (sides.length !== 2 || !first || !second || first.level === second.level) return undefined;
  // Two bare counts ("1 year or 5 years of school", "go up in 1 year or 5 years") are spans of time, not
  // stages of a career: a stage needs "after", "in", "of experience" or the start set against it.
  if (first.bare && second.bare) return undefined;
  // Only words that set them beside each other stand between ("vs", "compared to", "and then"): in
  // "starting out and what skills after 3 years" the stages belong to two questions.
  const between = r.tokens.slice(first.end, second.start);
  if (between.length === 0 || between.length > 3 || !between.every((w) => settingBeside.has(w)))
    return undefined;
  for (const s of said) r.claim(s, "xlevel");
  return {
    level: first.level,
    otherLevel: second.level,
    stagesByTime: sides.flatMap((s) => (s.time ? [s.time] : [])),
  };
}
