import type { KnowledgeBase } from "../knowledge/base.js";
import { citationText, cite } from "../knowledge/core/figure-text.js";
import type { Figure, Role } from "../knowledge/core/schema.js";
import { socOf } from "../official/data.js";
import { socOfSource } from "../official/figures.js";
import type { SkillKind } from "../understanding/language.js";
import type { Understanding } from "../understanding/understanding.js";
import {
  alias,
  figureView,
  isMedian,
  payHeadline,
  relatedRolesOf,
  roleCitations,
  roleRef,
  uniqueCitations,
} from "./answer-parts.js";
import type { Citation, FigureView, PayComparison, QuestionAnswer, SalaryAnswer } from "./answers.js";
import { anonymousUser } from "./answers.js";
import { salaryFor } from "./salary.js";

/** "a Machine Learning Engineer", "an Engineering Manager". */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? "an" : "a"} ${name}`;
}

/** A found answer: a headline, fact lines, and their sources. */
export function factAnswer(
  question: string,
  headline: string | undefined,
  facts: string[],
  citations: Citation[],
  followups: string[],
): QuestionAnswer {
  return {
    kind: "answer",
    question,
    found: true,
    ...(headline ? { headline } : {}),
    facts,
    sections: [],
    citations: uniqueCitations(citations),
    followups,
  };
}

export function factLines(figures: FigureView[]): string[] {
  return figures.map(
    (f) => `${f.label}: ${f.value} (${citationText(f.citation)}${f.baseOnly ? "; base pay only" : ""})`,
  );
}

/** Commands that make a natural next step after a question about one role. */
export function roleFollowups(role: Role, about: "pay" | "other" = "other"): string[] {
  const name = alias(role);
  return [about === "pay" ? `role ${name}` : `salary ${name}`, `skills ${name}`, `path ${name}`];
}

export type RoleTopic =
  | "education"
  | "experience"
  | "industries"
  | "responsibilities"
  | "path"
  | "outlook"
  | "gettingStarted";

/** One part of a role's file as an answer, saying so when the file has nothing on it. */
export function roleTopicAnswer(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  topic: RoleTopic,
): QuestionAnswer {
  const a = withArticle(role.name);
  const nextRoles = topic === "path" && pathless(role) ? relatedRolesOf(kb, role) : [];
  const none = (what: string) => [`The knowledge base lists no ${what} for ${role.name}.`];
  const list = (items: string[], what: string) => (items.length ? items : none(what));
  const content: Record<RoleTopic, [string, string[]]> = {
    education: [`Education for ${a}:`, list(role.education, "education requirements")],
    experience: [`Experience for ${a}:`, list(role.experience, "experience requirements")],
    industries: [`Industries that hire ${role.name}s:`, list(role.industries, "industries")],
    responsibilities: [`What ${a} does:`, [role.summary, ...role.responsibilities]],
    path: [
      `Career path for ${a}:`,
      list(
        [
          ...(role.path.into.length ? [`Into the role from: ${role.path.into.join(", ")}`] : []),
          ...(role.path.ladder.length ? [`Ladder: ${role.path.ladder.join(" → ")}`] : []),
          ...(role.path.beyond.length ? [`After it: ${role.path.beyond.join(", ")}`] : []),
          ...relatedInstead(role, nextRoles),
          ...role.path.advice,
        ],
        "career path",
      ),
    ],
    outlook: [
      `Outlook for ${a}:`,
      list(
        [
          ...role.outlook.notes,
          ...factLines(role.outlook.figures.map((f) => figureView(kb, f))),
          ...governmentOutlook(kb, role),
        ],
        "outlook figures",
      ),
    ],
    gettingStarted: [`Getting started as ${a}:`, list(role.gettingStarted, "getting-started tips")],
  };
  const [headline, facts] = content[topic];
  const citations = [
    ...roleCitations(kb, role),
    ...(topic === "outlook" ? role.outlook.figures.map((f) => cite(kb.sources, f.source, f.asOf)) : []),
  ];
  const answer = factAnswer(question, headline, facts, citations, roleFollowups(role));
  if (topic !== "path" || nextRoles.length === 0) return answer;
  // The related roles offered as where to go next: the move to each, and a reply can weigh them ("which
  // of those pays best").
  return {
    ...answer,
    followups: nextRoles.slice(0, 3).map((r) => `gap ${alias(role)} to ${alias(r)}`),
    offered: nextRoles.map((r) => r.id),
  };
}

/** Whether a role's file gives no path at all: nothing into it, no ladder, nothing after it. */
const pathless = (role: Role) =>
  role.path.into.length + role.path.ladder.length + role.path.beyond.length === 0;

/**
 * For a role whose file gives no path (`related` empty otherwise): the roles it lists as related, said to be
 * just that, never as steps of a ladder.
 */
function relatedInstead(role: Role, related: Role[]): string[] {
  if (related.length === 0) return [];
  return [
    `The knowledge base gives no ladder or next steps for ${role.name}. Roles it lists as related, to look at as where to go next: ${related.map((r) => r.name).join(", ")}.`,
  ];
}

/** Employment figures of the role's nearest official occupation (jobs, growth, openings), labelled as such. */
function governmentOutlook(kb: KnowledgeBase, role: Role): string[] {
  const mentioned = new Set(role.outlook.figures.map((f) => f.label));
  return role.onet.flatMap((code) => {
    const o = kb.knowledge.occupations.find((x) => x.code === code);
    if (!o) return [];
    return o.figures
      .filter((f) => f.unit !== "usd" && !f.text && !mentioned.has(f.label))
      .map((f) => `${factLines([figureView(kb, f)])[0]} — nearest official occupation: ${o.title}`);
  });
}

function ofKind(items: string[], kind: SkillKind): string[] {
  const members = new Set(kind.members.map((m) => m.toLowerCase()));
  const words = kind.words.map((w) => w.toLowerCase()).filter((w) => w.length > 3);
  return items.filter((i) => members.has(i.toLowerCase()) || words.some((w) => i.toLowerCase().includes(w)));
}

/**
 * A role's skills, or its tools: with a kind asked for ("which databases…"), the role's items of that kind
 * first, then everything else it lists, so nothing relevant is left out.
 */
export function skillsAnswer(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  focus: "skills" | "tools" | "softSkill",
  kind: SkillKind | undefined,
): QuestionAnswer {
  const s = role.skills;
  const a = withArticle(role.name);
  const groups: [string, string[]][] =
    focus === "tools"
      ? [
          ["Tools and platforms", s.tools],
          ["Frameworks and libraries", s.frameworks],
          ["Technical skills", s.technical],
        ]
      : focus === "softSkill"
        ? [["Soft skills", s.soft]]
        : [
            ["Technical skills", s.technical],
            ["Frameworks and libraries", s.frameworks],
            ["Tools and platforms", s.tools],
            ["Soft skills", s.soft],
          ];
  const facts = groups
    .filter(([, items]) => items.length > 0)
    .map(([label, items]) => `${label}: ${items.join(", ")}`);
  const citations = roleCitations(kb, role);
  const followups = [`skills ${role.aliases[0] ?? role.name}`, ...roleFollowups(role).slice(0, 2)];
  if (kind) {
    const matching = ofKind([...s.technical, ...s.frameworks, ...s.tools], kind);
    const headline = matching.length
      ? `${kind.name} ${a} works with: ${matching.join(", ")}.`
      : `The knowledge base names no ${kind.name.toLowerCase()} for ${role.name}. Everything it lists:`;
    return factAnswer(question, headline, facts, citations, followups);
  }
  if (facts.length === 0)
    facts.push(`The knowledge base lists no ${focus === "tools" ? "tools" : "skills"} for ${role.name}.`);
  // A role whose files name no tools: said so, rather than its skills under a heading of tools.
  const noTools = focus === "tools" && s.tools.length === 0 && s.frameworks.length === 0;
  const headline = noTools
    ? `The knowledge base lists no tools or frameworks for ${role.name}; the skills it lists:`
    : focus === "tools"
      ? `Tools and frameworks ${a} uses:`
      : focus === "softSkill"
        ? `Soft skills for ${a}:`
        : `Skills for ${a}:`;
  if (focus === "softSkill") {
    const general = kb.knowledge.softSkills;
    facts.push(...general.skills.map((x) => `${x.name}: ${x.summary}`));
    citations.push(cite(kb.sources, general.source, general.asOf));
  }
  return factAnswer(question, headline, facts, citations, followups);
}

/** What a pay question asks for beyond the role: the details the understanding read, and its focus. */
export interface PayQuestion
  extends Pick<
    Understanding,
    "level" | "place" | "unlistedPlace" | "unlistedLevel" | "company" | "otherCompanies" | "companyKinds"
  > {
  /** Total compensation rather than salary; a ranking of places (and companies) rather than one figure. */
  focus: "salary" | "totalComp" | "ranking";
}

/** "Amazon", "Amazon or Google", "Amazon, Google or Meta". */
const orList = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

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
  const { company, otherCompanies = [], companyKinds = [], ...rest } = q;
  const named = [...(company ? [company] : []), ...otherCompanies];
  const withFigures = s.companies.filter((c) => named.includes(c.company));
  const without = named.filter((n) => !withFigures.some((c) => c.company === n));
  const missing: string[] = [];
  if (without.length)
    missing.push(
      `No figures for ${orList(without)}: the knowledge base has no ${orList(without)} pay figures for ${role.name}.`,
    );
  if (companyKinds.length)
    missing.push(
      `No figures by kind of company: the knowledge base has no pay figures for ${role.name} at ${orList(companyKinds)}.`,
    );
  const atLevel = missing.length ? undefined : levelAtCompanies(kb, question, role, q, withFigures);
  if (atLevel) return atLevel;
  if (withFigures.length > 0) {
    const found = withFigures.map((c) => c.company);
    const only = missing.length
      ? ` Only ${orList(found)}'s are below, with nothing to set them against.`
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
  const not = without.length ? `, not ${orList(without.map((n) => `${n}'s`))}` : "";
  return {
    ...general,
    headline: `${missing.join(" ")} General figures for ${role.name}${not}:`,
    facts: [...(general.headline ? [general.headline] : []), ...general.facts],
  };
}

/**
 * "and senior?" at Meta: where no figure of the company is for the level asked, the level's figures for the
 * role as a whole first, saying so, then the company's; undefined when none was asked or the company has one.
 */
function levelAtCompanies(
  kb: KnowledgeBase,
  question: string,
  role: Role,
  q: PayQuestion,
  withFigures: SalaryAnswer["companies"],
): QuestionAnswer | undefined {
  const level = kb.knowledge.levels.find((l) => l.id === q.level)?.name;
  const found = withFigures.map((c) => c.company);
  const ofLevel = role.salary?.companies.some(
    (c) => found.includes(c.company) && c.figures.some((f) => f.level === q.level),
  );
  if (!level || q.unlistedLevel || found.length === 0 || ofLevel) return undefined;
  const { company: _company, otherCompanies: _others, companyKinds: _kinds, ...alone } = q;
  const general = payAnswer(kb, question, role, alone);
  return {
    ...general,
    headline: `No ${level.toLowerCase()} figures at ${orList(found)}: the knowledge base's ${orList(found)} figures for ${role.name} are not by level.`,
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

/** A pay question about one role, answered with the figure asked for first. */
export function payAnswer(kb: KnowledgeBase, question: string, role: Role, q: PayQuestion): QuestionAnswer {
  const levelName = q.level ? kb.knowledge.levels.find((l) => l.id === q.level)?.name : undefined;
  const placeName = q.place ? kb.knowledge.locations.find((l) => l.id === q.place)?.name : undefined;
  const s = salaryFor(kb, role, { level: levelName, location: placeName }, anonymousUser);
  const followups = roleFollowups(role, "pay");
  const answered = (headline: string | undefined, facts: string[]) =>
    factAnswer(question, headline, [...s.gaps, ...facts], s.citations, followups);
  // Figures for no company but the one asked about would read as that company's: say so first.
  if (q.company || q.otherCompanies?.length || q.companyKinds?.length)
    return employersPay(kb, question, role, q, s);
  if (q.unlistedLevel) {
    // As for a place: another level's figures would read as this one's; say so first.
    const { unlistedLevel: asked, ...rest } = q;
    // The nearest level's figures where the role has them; else its general figures, with no word of a
    // missing nearest level, which was not what was asked.
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
  if (q.unlistedPlace) {
    // As for a company: figures for somewhere else would read as that place's; say so first.
    const { unlistedPlace: asked, ...rest } = q;
    const nearest = payAnswer(kb, question, role, rest);
    // The place that contains it is offered only where the role has figures there; otherwise both are
    // said to be missing in one line, not the one offered and then found empty.
    const hasPlace = role.salary?.locations.some((l) => l.location === q.place) ?? false;
    const missing = placeName && !hasPlace ? ` or ${placeName}` : "";
    const instead =
      placeName && hasPlace
        ? `Figures for ${placeName}, which contains it, not ${asked}'s own:`
        : `General figures for ${role.name}, not ${asked}'s:`;
    const placeGap = `The knowledge base has no ${placeName} figure for ${role.name}.`;
    return {
      ...nearest,
      headline: `No figures for ${asked}: the knowledge base has no ${asked}${missing} pay figures for ${role.name}. ${instead}`,
      facts: [
        ...(nearest.headline ? [nearest.headline] : []),
        ...nearest.facts.filter((f) => f !== placeGap),
      ],
    };
  }
  if (q.focus === "ranking") {
    const byValue = [...(role.salary?.locations ?? [])].sort(
      (a, b) => (b.figure.value ?? 0) - (a.figure.value ?? 0),
    );
    if (byValue.length > 0)
      return answered(`${role.name} pay by location, highest first:`, [
        ...factLines(byValue.map((l) => figureView(kb, l.figure))),
        ...(s.companies.length
          ? ["Company figures:", ...factLines(s.companies.flatMap((c) => c.figures))]
          : []),
      ]);
  }
  if (q.focus === "totalComp" && s.totalComp.length > 0)
    return answered(`${role.name} total compensation:`, factLines(s.totalComp));
  if (s.answer) {
    const facts: string[] = [];
    const level = s.levels.find((l) => l.id === q.level);
    const place = s.locations.find((l) => l.id === q.place);
    // The figure answered is the place's where there is one; with a level asked too, the sources give that
    // apart (a fact below), so the place's figure is labelled as all levels', not the level's.
    const where = place ? `${place.name}${level ? " (all levels)" : ""}` : (levelName ?? "");
    if (level && place) facts.push(...factLines([level.figure]));
    if (level) facts.push(...factLines(level.extra));
    if (place) facts.push(...factLines(place.extra));
    return answered(`${role.name}, ${where}: ${s.answer.value} (${citationText(s.answer.citation)}).`, facts);
  }
  const figures = s.headline.length
    ? s.headline
    : s.levels.length
      ? s.levels.map((l) => l.figure)
      : s.government;
  const why =
    q.focus === "ranking" && figures.length > 0
      ? [`The knowledge base has no pay figures by location or company for ${role.name}.`]
      : q.focus === "totalComp" && figures.length > 0
        ? [`The knowledge base has no total-compensation figure for ${role.name}.`]
        : [];
  return answered(figures.length > 0 ? `${role.name} pay:` : undefined, [
    ...why,
    ...factLines(figures),
    ...factLines(s.modifiers),
    ...s.notes,
  ]);
}

/** The figure that stands for a role's pay, and whether it is base pay only. */
export function representative(role: Role): Figure | undefined {
  const s = role.salary;
  if (!s) return undefined;
  // The first figure the answer shows, as payHeadline picks them: a verdict never rests on one unseen.
  const shown = s.headline.length
    ? s.headline
    : s.levels.length
      ? s.levels.map((l) => l.figure)
      : s.government;
  return shown.find((f) => f.value !== undefined);
}

/** A role's official medians, one for each occupation its figures come from. */
function officialMedians(role: Role): number[] {
  return (role.salary?.government ?? []).filter(isMedian).map((f) => f.value as number);
}

const usd = (n: number) => `$${n.toLocaleString("en-US")}`;

/**
 * Said where a side's official medians (one per occupation it stands nearest to) run across the other
 * side's: "DevOps Engineer's run from $116,580 to $135,980, which takes in Cloud Architect's $134,050".
 */
function straddleNote(sides: readonly PaySide[]): string | undefined {
  const [a, b] = sides;
  if (sides.length !== 2 || !a || !b) return undefined;
  const span = (x: PaySide) => {
    const m = x.medians?.length
      ? x.medians
      : x.representative?.value !== undefined
        ? [x.representative.value]
        : [];
    return m.length ? { low: Math.min(...m), high: Math.max(...m), many: m.length > 1 } : undefined;
  };
  const sa = span(a);
  const sb = span(b);
  if (!sa || !sb || (!sa.many && !sb.many) || sa.high < sb.low || sb.high < sa.low) return undefined;
  const [wide, other, ow] = sa.many ? [a, b, sb] : [b, a, sa];
  const w = sa.many ? sa : sb;
  const theirs = ow.many ? `${usd(ow.low)}–${usd(ow.high)}` : usd(ow.low);
  return `${wide.ref.name}'s official medians run from ${usd(w.low)} to ${usd(w.high)} (one for each occupation its figures come from), which takes in ${other.ref.name}'s ${theirs}, so they do not show which pays more.`;
}

/**
 * Said where the roles' figures are one official occupation's (BLS counts them together): the same figure
 * tells them apart no more than a tie does. Undefined otherwise.
 */
export function sameOccupationNote(kb: KnowledgeBase, figures: readonly Figure[]): string | undefined {
  const sources = new Set(figures.map((f) => f.source));
  const soc = figures.length > 1 && sources.size === 1 ? socOfSource(figures[0]?.source ?? "") : undefined;
  if (!soc) return undefined;
  const occupation = kb.official?.bySoc.get(soc)?.title.toLowerCase() ?? `SOC ${soc}`;
  return `Both figures are the same official occupation's (${occupation}), so they do not tell these roles apart.`;
}

/** One side of a pay comparison: a curated role, or the official occupation a move starts from. */
export interface PaySide {
  ref: { id: string; name: string };
  figures: FigureView[];
  /** The one figure the verdict weighs. */
  representative?: Figure;
  /** The official occupations (SOC codes) the side's official figures come from. */
  socs?: string[];
  /** Its official medians, one per occupation, where it has several. */
  medians?: number[];
}

export function roleSide(kb: KnowledgeBase, role: Role): PaySide {
  const figure = representative(role);
  return {
    ref: roleRef(role),
    figures: payHeadline(kb, role),
    ...(figure ? { representative: figure } : {}),
    socs: role.onet.map(socOf),
    medians: officialMedians(role),
  };
}

/**
 * Said where two sides' official figures come from overlapping occupations ("security engineer" takes in
 * information security analysts): one figure each then tells them apart no better than a guess.
 */
export function overlapNote(kb: KnowledgeBase, sides: readonly { socs?: string[] }[]): string | undefined {
  const [a, b] = sides;
  if (sides.length !== 2 || !a?.socs || !b?.socs) return undefined;
  const shared = a.socs.find((soc) => b.socs?.includes(soc));
  if (!shared) return undefined;
  const title = kb.official?.bySoc.get(shared)?.title.toLowerCase() ?? `SOC ${shared}`;
  return `Their official figures overlap (both take in ${title}), so they do not show which one is ahead.`;
}

/** "Which pays more, MLE or SWE?": each role's headline figures, and a verdict only where they compare. */
export function payComparison(kb: KnowledgeBase, roles: Role[]): PayComparison {
  return {
    ...comparePay(
      kb,
      roles.map((r) => roleSide(kb, r)),
    ),
    followups: roles
      .map((r) => `salary ${r.aliases[0] ?? r.name}`)
      .slice(0, 2)
      .concat(roles.length >= 2 ? [`compare ${roles.map((r) => r.aliases[0] ?? r.name).join(" ")}`] : []),
  };
}

/**
 * Three or more sides whose figures compare ("which of those pays best"): which pays most, with every side
 * ranked by its figure, highest first; those level at the top are named together.
 */
function rankedVerdict(sorted: PaySide[]): string {
  const value = (p: PaySide) => p.representative?.value ?? 0;
  const top = sorted.filter((p) => value(p) === value(sorted[0] as PaySide));
  const most = `${top.map((p) => p.ref.name).join(" and ")} ${top.length > 1 ? "pay" : "pays"} most`;
  return `On these figures ${most}. Highest first: ${sorted.map((p) => `${p.ref.name} ${usd(value(p))}`).join(", ")}.`;
}

/** The sides' figures and which pays more, said only where their figures compare. */
export function comparePay(kb: KnowledgeBase, sides: PaySide[]): Omit<PayComparison, "followups"> {
  const rows = sides.map((side) => ({
    role: side.ref,
    figures: side.figures,
    ...(side.figures.length === 0
      ? { missing: `The knowledge base has no salary figure for ${side.ref.name}.` }
      : {}),
  }));
  let verdict: string;
  if (sides.some((p) => !p.representative))
    verdict = "One of these has no single pay figure, so I cannot say which pays more.";
  else {
    const figures = sides.map((p) => p.representative as Figure);
    // One survey is one kind of figure: the official ones of different occupations compare one-to-one.
    const family = (f: Figure) => (socOfSource(f.source) ? f.source.replace(/-\d{2}-\d{4}$/, "") : f.source);
    const sameKind = figures.every(
      (f) => f.basis === figures[0]?.basis && family(f) === family(figures[0] as Figure),
    );
    const sorted = [...sides].sort((a, b) => (b.representative?.value ?? 0) - (a.representative?.value ?? 0));
    const top = sorted[0];
    const tied = sorted[1]?.representative?.value === top?.representative?.value;
    const shared = sameOccupationNote(kb, figures);
    const official = sameKind && socOfSource(figures[0]?.source ?? "") !== undefined;
    const overlap = official ? (overlapNote(kb, sides) ?? straddleNote(sides)) : undefined;
    verdict = shared
      ? shared
      : overlap
        ? overlap
        : sameKind && sorted.length > 2
          ? rankedVerdict(sorted)
          : tied
            ? "On these figures they pay the same."
            : sameKind
              ? `On these figures ${top?.ref.name} pays more.`
              : `These figures come from different sources${figures.some((f) => f.basis === "base") ? " (the government figure is base pay only)" : ""}, so they do not compare one-to-one; of the first figure each, ${top?.ref.name}'s is higher.`;
  }
  return {
    kind: "pay-compare",
    roles: rows,
    verdict,
    citations: uniqueCitations(rows.flatMap((r) => r.figures.map((f) => f.citation))),
  };
}
