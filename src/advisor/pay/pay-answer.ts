/** A pay question about one role: by level, place, employer or focus, what has no figures said first. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import { citationText } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import { escapeRegExp } from "../../knowledge/core/text.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import { officialFiguresAsked } from "../../understanding/words/official-figures.js";
import type { QuestionAnswer, SalaryAnswer } from "../answers.js";
import { anonymousUser } from "../answers.js";
import { figureView, orList, placePossessive, possessive, uniqueCitations } from "../parts/answer-parts.js";
import { factAnswer, factLines, roleFollowups } from "../parts/fact-answer.js";
import { salaryFor } from "./salary.js";

/** What a pay question asks for beyond the role: the details the understanding read, and its focus. */
export interface PayQuestion
  extends Pick<
    Understanding,
    "level" | "place" | "unlistedPlace" | "unlistedLevel" | "company" | "otherCompanies" | "companyKinds"
  > {
  /** Total compensation rather than salary; a ranking of places (and companies) rather than one figure. */
  focus: "salary" | "totalComp" | "ranking";
  /** Pay for remote work asked ("what about remote?"), which no source splits pay by. */
  remote?: boolean;
}

/**
 * The employers named that the role's figures name (`withFigures`), those they do not (`without`), and a
 * sentence for each kind of miss, said before any figure (`missing`).
 */
function employersMissing(role: Role, q: PayQuestion, s: SalaryAnswer) {
  const { company, otherCompanies = [], companyKinds = [] } = q;
  const named = [...(company ? [company] : []), ...otherCompanies];
  const withFigures = s.companies.filter((c) => named.includes(c.company));
  const without = named.filter((n) => !withFigures.some((c) => c.company === n));
  const missing: string[] = [];
  // Two employers or more and figures for none: no figure says which of them pays more.
  const noneToWeigh =
    without.length >= 2 && withFigures.length === 0 ? ", so none can be said to pay more" : "";
  if (without.length)
    missing.push(
      `No figures for ${orList(without)}: the knowledge base has no ${orList(without)} pay figures for ${role.name}${noneToWeigh}.`,
    );
  if (companyKinds.length)
    missing.push(
      `No figures by kind of company: the knowledge base has no pay figures for ${role.name} at ${orList(companyKinds)}.`,
    );
  return { withFigures, without, missing };
}

/**
 * What the role's figures hold nothing for among the employers and kinds of employer named ("No figures for
 * Amazon: …"), for an answer that leads with other figures (BLS's hourly wages) to say first.
 */
export function employersWithoutFiguresSaid(kb: KnowledgeBase, role: Role, q: PayQuestion): string[] {
  if (!q.company && !q.otherCompanies?.length && !q.companyKinds?.length) return [];
  return employersMissing(role, q, salaryFor(kb, role, {}, anonymousUser)).missing;
}

/**
 * Pay at the employers or kinds of employer named: the figures of those that have some, and first a word for
 * each that has none, so that no figure reads as an employer's it is not.
 */
function employersPay(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  q: PayQuestion,
  s: SalaryAnswer,
): QuestionAnswer {
  const { company: _company, otherCompanies: _others, companyKinds: _kinds, ...rest } = q;
  const { withFigures, without, missing } = employersMissing(role, q, s);
  // "which one is higher for senior" after Meta, Amazon and Microsoft: the missing ones said first, then the
  // level's figures and those of the employers that have some, which are not by level.
  const atLevel = levelAtCompanies(kb, question, role, q, withFigures);
  if (atLevel)
    return missing.length ? { ...atLevel, headline: `${missing.join(" ")} ${atLevel.headline}` } : atLevel;
  if (withFigures.length > 0) {
    const found = withFigures.map((c) => c.company);
    const only = missing.length
      ? ` Only ${possessive(orList(found))} are below, with nothing to set them against.`
      : "";
    const facts = withFigures.flatMap((c) => [`${role.name} pay at ${c.company}:`, ...factLines(c.figures)]);
    return factAnswer(
      question,
      missing.length ? `${missing.join(" ")}${only}` : facts[0],
      [...s.gaps, ...(missing.length ? facts : facts.slice(1))],
      s.citations,
      roleFollowups(role, "pay"),
    );
  }
  const general = payAnswer(kb, question, role, rest);
  const not = without.length ? `, not ${orList(without.map(possessive))}` : "";
  return {
    ...general,
    headline: `${missing.join(" ")} General figures for ${role.name}${not}:`,
    facts: [...(general.headline ? [general.headline] : []), ...general.facts],
  };
}

/**
 * "and senior?" at Meta: where no figure of the company is for the level asked, the level's figures for the
 * role as a whole first, saying so, then the company's; undefined when none was asked or the company has one.
 * So for a rank above the knowledge's levels ("E6 at Meta", its staff level): none of the company's figures
 * is for it, and without this they read as the rank's.
 */
function levelAtCompanies(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  q: PayQuestion,
  withFigures: SalaryAnswer["companies"],
): QuestionAnswer | undefined {
  const level = q.unlistedLevel ?? kb.knowledge.levels.find((l) => l.id === q.level)?.name;
  const found = withFigures.map((c) => c.company);
  const ofLevel =
    !q.unlistedLevel &&
    role.salary?.companies.some(
      (c) => found.includes(c.company) && c.figures.some((f) => f.level === q.level),
    );
  // Interns at Meta: a level below those the knowledge has is left as it was, the company's figures alone.
  const aboveLevels = q.unlistedLevel === undefined || q.level === "senior";
  if (!level || !aboveLevels || found.length === 0 || ofLevel) return undefined;
  const { company: _company, otherCompanies: _others, companyKinds: _kinds, ...alone } = q;
  const general = payAnswer(kb, question, role, alone);
  return {
    ...general,
    headline: `No ${level.replace(/^the /, "").toLowerCase()} figures at ${orList(found)}: the knowledge base's ${orList(found)} figures for ${role.name} are not by level.`,
    facts: [
      ...(general.headline ? [general.headline] : []),
      ...general.facts,
      ...withFigures.flatMap((c) => [
        `${role.name} pay at ${c.company} (all levels):`,
        ...factLines(c.figures),
      ]),
    ],
  };
}

/** A pay question with what every kind of answer to it reads: the role's figures at the level and place asked. */
interface PayAsked {
  kb: KnowledgeBase;
  question: string;
  role: Role;
  q: PayQuestion;
  /** The names of the level and place asked ("Senior", "Seattle, WA"), as the salary answer takes them. */
  levelName: string | undefined;
  placeName: string | undefined;
  salary: SalaryAnswer;
}

function payAsked(kb: KnowledgeBase, question: string, role: Role, q: PayQuestion): PayAsked {
  const levelName = q.level ? kb.knowledge.levels.find((l) => l.id === q.level)?.name : undefined;
  const placeName = q.place ? kb.knowledge.locations.find((l) => l.id === q.place)?.name : undefined;
  const salary = salaryFor(kb, role, { level: levelName, location: placeName }, anonymousUser);
  return { kb, question, role, q, levelName, placeName, salary };
}

/** The answer with its headline first, and what the sources lack before the facts. */
function payFacts(
  { question, role, salary }: PayAsked,
  headline: string | undefined,
  facts: string[],
): QuestionAnswer {
  return factAnswer(
    question,
    headline,
    [...salary.gaps, ...facts],
    salary.citations,
    roleFollowups(role, "pay"),
  );
}

/** A pay question about one role, answered with the figure asked for first. */
export function payAnswer(kb: KnowledgeBase, question: string, role: Role, q: PayQuestion): QuestionAnswer {
  if (q.remote) return remotePay(kb, question, role, q);
  const asked = payAsked(kb, question, role, q);
  // Figures for no company but the one asked about would read as that company's: say so first.
  if (q.company || q.otherCompanies?.length || q.companyKinds?.length)
    return employersPay(kb, question, role, placeOfEmployerDropped(q), asked.salary);
  if (q.unlistedLevel) return unlistedLevelPay(asked, q.unlistedLevel);
  if (q.unlistedPlace) return unlistedPlacePay(asked, q.unlistedPlace);
  return (
    (q.focus === "ranking" ? placesRanked(asked) : undefined) ??
    (q.focus === "totalComp" ? totalCompensation(asked) : undefined) ??
    figureAsked(asked) ??
    officialPay(asked) ??
    generalPay(asked)
  );
}

/**
 * "what does the State of Ohio pay software developers": a place the employer's name ends with is that
 * employer's, whose missing figures are said once ("No figures for State of Ohio"), not the place's again.
 */
function placeOfEmployerDropped(q: PayQuestion): PayQuestion {
  const place = q.unlistedPlace;
  const employers = [...(q.company ? [q.company] : []), ...(q.otherCompanies ?? [])];
  if (!place || !employers.some((c) => new RegExp(`\\b${escapeRegExp(place)}$`, "i").test(c))) return q;
  const { unlistedPlace: _ofEmployer, ...rest } = q;
  return rest;
}

/** "what about remote?": national figures would read as remote workers' own; said first that none are. */
function remotePay(kb: KnowledgeBase, question: string, role: Role, q: PayQuestion): QuestionAnswer {
  const { remote: _remote, ...rest } = q;
  const general = payAnswer(kb, question, role, rest);
  return {
    ...general,
    headline: `No figures for remote work: no source splits pay by remote work, so the knowledge base has no remote pay figures for ${role.name}. General (national) figures for ${role.name}, for all ways of working:`,
    facts: [...(general.headline ? [general.headline] : []), ...general.facts],
  };
}

/**
 * "how much do IT interns make": as for a place, another level's figures would read as this one's, so the
 * missing level is said first, then the nearest level's figures where the role has them; else its general
 * figures, with no word of a missing nearest level, which was not what was asked.
 */
function unlistedLevelPay({ kb, question, role, q, levelName }: PayAsked, asked: string): QuestionAnswer {
  // The question again without the level that has no figures: the nearest level's, or the role's in general.
  const { unlistedLevel: _unlisted, ...rest } = q;
  const hasNearest = levelName !== undefined && role.salary?.levels.some((l) => l.level === q.level);
  const { level: _nearest, ...general } = rest;
  const nearest = payAnswer(kb, question, role, hasNearest ? rest : general);
  const instead = hasNearest
    ? `${levelName} figures, the nearest level with figures:`
    : `General figures for ${role.name}:`;
  return {
    ...nearest,
    headline: `No figures for ${asked}: the knowledge base has no ${role.name} pay figures for ${asked}. ${instead}`,
    facts: [...(nearest.headline ? [nearest.headline] : []), ...nearest.facts],
  };
}

/**
 * "mle salary in bellevue": as for a company, figures for somewhere else would read as that place's, so the
 * missing place is said first. The place that contains it is offered only where the role has figures there;
 * otherwise both are said to be missing in one line, not the one offered and then found empty.
 */
function unlistedPlacePay({ kb, question, role, q, placeName }: PayAsked, asked: string): QuestionAnswer {
  // The question again without the place that has no figures, keeping the place that contains it, if known.
  const { unlistedPlace: _unlisted, ...rest } = q;
  const nearest = payAnswer(kb, question, role, rest);
  const hasPlace = role.salary?.locations.some((l) => l.location === q.place) ?? false;
  const missing = placeName && !hasPlace ? ` or ${placeName}` : "";
  const instead =
    placeName && hasPlace
      ? `Figures for ${placeName}, which contains it, not ${placePossessive(asked)} own:`
      : `General figures for ${role.name}, not ${placePossessive(asked)}:`;
  const placeGap = `The knowledge base has no ${placeName} figure for ${role.name}.`;
  return {
    ...nearest,
    headline: `No figures for ${asked}: the knowledge base has no ${asked.replace(/^the /, "")}${missing} pay figures for ${role.name}. ${instead}`,
    facts: [...(nearest.headline ? [nearest.headline] : []), ...nearest.facts.filter((f) => f !== placeGap)],
  };
}

/** "where do mles earn the most": the role's places, highest paid first, then its companies; undefined with no places. */
function placesRanked(asked: PayAsked): QuestionAnswer | undefined {
  const { kb, role, salary } = asked;
  const byValue = [...(role.salary?.locations ?? [])].sort(
    (a, b) => (b.figure.value ?? 0) - (a.figure.value ?? 0),
  );
  if (byValue.length === 0) return undefined;
  return payFacts(asked, `${role.name} pay by location, highest first:`, [
    ...factLines(byValue.map((l) => figureView(kb, l.figure))),
    ...(salary.companies.length
      ? ["Company figures:", ...factLines(salary.companies.flatMap((c) => c.figures))]
      : []),
  ]);
}

/**
 * The role's total compensation; undefined where the sources give none. "total comp for a senior mle": the
 * sources give a role's total compensation as a whole, never by level or place; said so, with the base pay
 * at that level or place beside it.
 */
function totalCompensation(asked: PayAsked): QuestionAnswer | undefined {
  const { kb, question, role, q, levelName, placeName, salary } = asked;
  if (salary.totalComp.length === 0) return undefined;
  const total = factLines(salary.totalComp);
  const narrowed = [
    ...(levelName ? [`at ${levelName.toLowerCase()}`] : []),
    ...(placeName ? [`in ${placeName}`] : []),
  ];
  if (narrowed.length === 0) return payFacts(asked, `${role.name} total compensation:`, total);
  const base = payAnswer(kb, question, role, { ...q, focus: "salary" });
  const apart = `The sources give total compensation for all levels and places together, not ${narrowed.join(" or ")}; base pay there:`;
  return {
    ...payFacts(asked, `${role.name} total compensation:`, [
      ...total,
      apart,
      ...(base.headline ? [base.headline] : []),
      // What the sources lack is said once, above.
      ...base.facts.filter((f) => !salary.gaps.includes(f)),
    ]),
    citations: uniqueCitations([...salary.citations, ...base.citations]),
  };
}

/**
 * "senior mle salary in seattle": the one figure the salary answer picked for the level or place asked, with
 * the level's and the place's other figures below; undefined where it picked none.
 */
function figureAsked(asked: PayAsked): QuestionAnswer | undefined {
  const { role, q, levelName, salary } = asked;
  if (!salary.answer) return undefined;
  const facts: string[] = [];
  const level = salary.levels.find((l) => l.id === q.level);
  const place = salary.locations.find((l) => l.id === q.place);
  // The figure answered is the place's where there is one; with a level asked too, the sources give that
  // apart (a fact below), so the place's figure is labelled as all levels', not the level's.
  const where = place ? `${place.name}${level ? " (all levels)" : ""}` : (levelName ?? "");
  if (level && place) facts.push(...factLines([level.figure]));
  if (level) facts.push(...factLines(level.extra));
  if (place) facts.push(...factLines(place.extra));
  return payFacts(
    asked,
    `${role.name}, ${where}: ${salary.answer.value} (${citationText(salary.answer.citation)}).`,
    facts,
  );
}

/**
 * "what does BLS say ML engineers make": the government's figures asked for by name, where the role's source
 * articles give figures of their own, which would answer another question than the one asked (a role
 * without them is answered with the government's anyway). BLS counts no occupation by most roles' names,
 * so the occupations its lines name are said to be the nearest.
 */
function officialPay(asked: PayAsked): QuestionAnswer | undefined {
  const { role, salary } = asked;
  const articles = salary.headline.length > 0 || salary.levels.length > 0;
  if (!officialFiguresAsked.test(asked.question) || salary.government.length === 0 || !articles)
    return undefined;
  const named = role.name.toLowerCase();
  const nearest = salary.government.some((f) => f.label.toLowerCase().includes(named))
    ? []
    : [
        `BLS counts no occupation called ${named}: these are the official occupations nearest it, each named.`,
      ];
  return payFacts(asked, `${role.name} pay by the official US figures (BLS):`, [
    ...nearest,
    ...factLines(salary.government),
    `The source articles give figures of their own for ${role.name}: ask its pay for them.`,
  ]);
}

/**
 * No one figure asked, or none for what was: the role's headline figures, else its levels', else the
 * government's, saying first what a ranking or total compensation asked for has no figure.
 */
function generalPay(asked: PayAsked): QuestionAnswer {
  const { role, q, salary } = asked;
  const figures = salary.headline.length
    ? salary.headline
    : salary.levels.length
      ? salary.levels.map((l) => l.figure)
      : salary.government;
  const why =
    q.focus === "ranking" && figures.length > 0
      ? [`The knowledge base has no pay figures by location or company for ${role.name}.`]
      : q.focus === "totalComp" && figures.length > 0
        ? [`The knowledge base has no total-compensation figure for ${role.name}.`]
        : [];
  return payFacts(asked, figures.length > 0 ? `${role.name} pay:` : undefined, [
    ...why,
    ...factLines(figures),
    ...factLines(salary.modifiers),
    ...salary.notes,
    ...(figures !== salary.government ? percentilesBeside(asked) : []),
  ]);
}

/** "ml pay p50 vs p90?", "25th percentile": the spread of pay asked by its points. */
const percentilesAsked = /\bpercentiles?\b|\bp(?:10|25|50|75|90)\b/i;

/**
 * "ml pay p50 vs p90?" of a role whose sources give other figures (an average, a top): the official
 * occupation's median and percentiles beside them, which are what was asked; or that the knowledge has none.
 */
function percentilesBeside({ question, role, salary }: PayAsked): string[] {
  if (!percentilesAsked.test(question)) return [];
  const spread = salary.government.filter((f) => /\bmedian\b|\bpercentile\b/i.test(f.label));
  return spread.length > 0
    ? [
        `The source articles give no percentiles for ${role.name}; the nearest US government statistics give these:`,
        ...factLines(spread),
      ]
    : [`The knowledge base has no percentile figures for ${role.name}.`];
}
