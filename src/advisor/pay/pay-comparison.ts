/** Pay set side by side, and which pays more: said only where the figures are of one kind and tell the sides apart. */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { socOf } from "../../official/data.js";
import { socOfSource } from "../../official/figures.js";
import type { FigureView, PayComparison } from "../answers.js";
import { isMedian, payHeadline, roleRef, uniqueCitations } from "../parts/answer-parts.js";

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
/** The low and high of a side's official medians, or of its one figure. */
function span(x: PaySide) {
  const m = x.medians?.length
    ? x.medians
    : x.representative?.value !== undefined
      ? [x.representative.value]
      : [];
  return m.length ? { low: Math.min(...m), high: Math.max(...m), many: m.length > 1 } : undefined;
}

function straddleNote(sides: readonly PaySide[]): string | undefined {
  const [a, b] = sides;
  if (sides.length !== 2 || !a || !b) return undefined;
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
function rankedVerdict(sorted: PaySide[], official: boolean): string {
  const value = (p: PaySide) => p.representative?.value ?? 0;
  const top = sorted.filter((p) => value(p) === value(sorted[0] as PaySide));
  const rest = sorted.filter((p) => !top.includes(p));
  // Official figures of sides whose medians run across one another rank nothing between those sides:
  // none is said to pay most over a side whose figures run across it.
  const across = official ? rest.filter((p) => top.some((t) => runAcross(t, p))) : [];
  if (across.length) return acrossTopNote(top, across);
  const most = `${top.map((p) => p.ref.name).join(" and ")} ${top.length > 1 ? "pay" : "pays"} most`;
  const restAcross = official && rest.some((p, i) => rest.slice(i + 1).some((q) => runAcross(p, q)));
  return restAcross
    ? `On these figures ${most}; the others' official figures run across one another, so they are not ranked.`
    : `On these figures ${most}. Highest first: ${sorted.map((p) => `${p.ref.name} ${usd(value(p))}`).join(", ")}.`;
}

/**
 * Whether one side's official medians (one per occupation) run across the other's figures. (Sides of one
 * and the same occupation show one figure, a tie, which ranks as one.)
 */
function runAcross(a: PaySide, b: PaySide): boolean {
  return straddleNote([a, b]) !== undefined;
}

/** Said instead of "X pays most" where other sides' official medians run across the top one's figure. */
function acrossTopNote(top: PaySide[], across: PaySide[]): string {
  const names = (sides: PaySide[]) => sides.map((p) => `${p.ref.name}'s`).join(" and ");
  const many = (p: PaySide) => span(p)?.many === true;
  const figureOf = (p: PaySide) => {
    const s = span(p);
    return !s ? "no figure" : s.many ? `${usd(s.low)}–${usd(s.high)}` : usd(s.low);
  };
  const after = "so these figures do not show which pays most.";
  // Sides of several occupations each against sides of one figure each: their span said once.
  const acrossWide = across.every(many) && !top.some(many);
  if (acrossWide || (top.every(many) && !across.some(many))) {
    const [wide, other] = acrossWide ? [across, top] : [top, across];
    const m = wide.flatMap((p) => p.medians ?? []);
    const theirs = [...new Set(other.map(figureOf))].join(" and ");
    return `${names(wide)} official medians run from ${usd(Math.min(...m))} to ${usd(Math.max(...m))} (one for each occupation the figures come from), which takes in ${names(other)} ${theirs}, ${after}`;
  }
  const each = [...top, ...across].map((p) => `${p.ref.name} ${figureOf(p)}`).join("; ");
  return `Their official medians (one for each occupation the figures come from) run across one another: ${each}, ${after}`;
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
  // The order the verdict says the sides pay in, highest first, where it says one.
  let byPay: string[] | undefined;
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
          ? rankedVerdict(sorted, official)
          : tied
            ? "On these figures they pay the same."
            : sameKind
              ? `On these figures ${top?.ref.name} pays more.`
              : `These figures come from different sources${figures.some((f) => f.basis === "base") ? " (the government figure is base pay only)" : ""}, so they do not compare one-to-one; of the first figure each, ${top?.ref.name}'s is higher.`;
    // Two sides one above the other, or three ranked highest first: the order said.
    const ranked = sorted.length > 2 ? verdict.includes("Highest first:") : !shared && !overlap && !tied;
    // Two paying the same at either end ("Data Analyst $120,230, Data Scientist $120,230"): "the cheaper one"
    // names neither, so no order is kept and a pick by pay is asked back.
    const value = (i: number) => sorted.at(i)?.representative?.value;
    const tiedAtAnEnd = value(0) === value(1) || value(-1) === value(-2);
    if (ranked && !tiedAtAnEnd) byPay = sorted.map((p) => p.ref.id);
  }
  return {
    kind: "pay-compare",
    roles: rows,
    verdict,
    ...(byPay ? { byPay } : {}),
    citations: uniqueCitations(rows.flatMap((r) => r.figures.map((f) => f.citation))),
  };
}
