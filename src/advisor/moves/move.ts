import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { payFigures } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { MoveWeighing, PayComparison, SkillGap, UserContext } from "../answers.js";
import { type OccupationAsked, occupationSocs } from "../occupations/scope.js";
import { figureView, isMedian, possessive, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { withArticle } from "../parts/fact-answer.js";
import { comparePay, type PaySide, payComparison, roleSide } from "../pay/pay-comparison.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";
import { skillGap, toLearnFor } from "../roles/skills.js";
import { commonestFeaturing } from "./commonest-start.js";
import { outlookSideBySide } from "./occupation-beside-role.js";

type OccupationNamed = Pick<OccupationAsked, "typed" | "occupation" | "official"> & {
  /** A line of business ("healthcare"), whose people do many jobs: no one occupation's figures. */
  lineOfBusiness?: true;
};

/** Both roles' pay and outlook, from and to, for someone deciding whether to move. */
function moveWeighing(kb: KnowledgeBase, from: Role, to: Role): MoveWeighing {
  const pay = payComparison(kb, [from, to]);
  const outlooks = [from, to].map((role) => ({ role, answer: roleTopicAnswer(kb, "", role, "outlook") }));
  return {
    pay,
    outlook: outlooks.map((o) => ({ role: roleRef(o.role), lines: o.answer.facts })),
    citations: uniqueCitations([...pay.citations, ...outlooks.flatMap((o) => o.answer.citations)]),
  };
}

/** "Should I move from SWE into MLE?": pay and outlook side by side, then the skill gap. */
export function weighMove(kb: KnowledgeBase, from: Role, to: Role, user: UserContext): SkillGap {
  return { ...skillGap(kb, from, to, user), weighing: moveWeighing(kb, from, to) };
}

/** Where a move starts outside the curated roles: an official occupation, or words no occupation matched. */
export interface MoveStart {
  /** As the question named it ("nursing", "teacher"). */
  typed: string;
  /** The one official occupation it stands for, when the layer has exactly one. */
  occupation?: OfficialOccupation;
  /** Said first: how the words were read, or why no one occupation's figures are shown. */
  note: string;
  /** Said on the start's side in place of its figures, where it can have none (a line of business). */
  noFigures?: string;
}

/**
 * Where a move from outside the curated roles starts: the one official occupation the words name, or a
 * note saying why no one occupation's figures can be shown.
 */
export function moveStart(kb: KnowledgeBase, named: OccupationNamed, to: Role): MoveStart {
  const all = `so everything ${withArticle(to.name)} needs is listed to learn`;
  // "from healthcare to data analyst": where the asker works, not what they do there.
  if (named.lineOfBusiness)
    return {
      typed: named.typed,
      note: `“${named.typed}” is a line of business, not one job: people in it do many jobs, so no one occupation's figures are set beside ${possessive(to.name)}; name the job you do there to see both side by side. Nothing is assumed to carry over, ${all}.`,
      noFigures: `A line of business of many jobs: no one figure for it.`,
    };
  const known = occupationSocs(kb, named)
    .map((s) => kb.official?.bySoc.get(s))
    .filter((o) => o !== undefined);
  const [one] = known;
  if (known.length === 1 && one) {
    // A SOC code (the occupation picked earlier in the thread, held by its code) needs no reading out.
    const read =
      named.typed === one.soc
        ? `${one.title} (SOC ${one.soc})`
        : `Read “${named.typed}” as ${one.title} (SOC ${one.soc})`;
    return {
      typed: named.typed,
      occupation: one,
      note: `${read}, by BLS's figures. The knowledge has no skills list for it, ${all}.`,
    };
  }
  const commonest = commonestFeaturing(kb.official, named.typed, known);
  if (commonest) {
    const { occupation: o, others } = commonest;
    const also = others.map((x) => `${x.title}, ${x.soc}`).join("; ");
    return {
      typed: named.typed,
      occupation: o,
      note: `Read “${named.typed}” as ${o.title} (SOC ${o.soc}), by BLS's figures: O*NET shows the title under several occupations (also ${also}), and most of the people in them work in this one (BLS OEWS); ask \`role <SOC code>\` for another. The knowledge has no skills list for it, ${all}.`,
    };
  }
  if (known.length > 1)
    return {
      typed: named.typed,
      note: `“${named.typed}” stands for several O*NET occupations (${known
        .slice(0, 3)
        .map((o) => `${o.title}, ${o.soc}`)
        .join(
          "; ",
        )}${known.length > 3 ? "; …" : ""}), so no one occupation's figures are shown for it: ask \`role <SOC code>\` for one. Nothing is assumed to carry over, ${all}.`,
    };
  return {
    typed: named.typed,
    note: `No official figures for “${named.typed}”. Nothing is assumed to carry over, ${all}.`,
  };
}

/** A move from the occupation a thread is about ("i'm a nurse" earlier, then "could i move into data analyst"). */
export function threadMoveStart(kb: KnowledgeBase, soc: string, to: Role): MoveStart {
  const o = kb.official?.bySoc.get(soc);
  if (!o) return moveStart(kb, { typed: soc, official: [soc] }, to);
  return {
    typed: o.title,
    occupation: o,
    note: `From ${o.title} (SOC ${o.soc}), the occupation this thread is about. The knowledge has no skills list for it, so everything ${withArticle(to.name)} needs is listed to learn.`,
  };
}

/**
 * "does it pay more" after a move from an occupation: the occupation's official pay beside the role's, from
 * the same survey where the role has an official figure, as the move's answer shows them.
 */
export function occupationMovePay(
  kb: KnowledgeBase,
  start: MoveStart,
  to: Role,
  ownFigures = false,
): PayComparison {
  const m = kb.official?.manifest;
  const o = start.occupation;
  const view = (f: Figure) => figureView(kb, f);
  const startPay = o && m ? payFigures(o, m) : [];
  const startMedian = startPay.find(isMedian);
  const from: PaySide = {
    ref: { id: o?.soc ?? "", name: o?.title ?? start.typed },
    figures: startPay.slice(0, 2).map(view),
    ...(startMedian ? { representative: startMedian } : {}),
  };
  // The role's official median, when it has one, is the same survey's figure as the occupation's.
  const toMedian = (to.salary?.government ?? []).find(isMedian);
  // Its pay asked ("currently bartending, what would ml pay"): the role's own figures after the median, which
  // alone sets the sides against each other.
  const own = ownFigures && to.salary ? to.salary.headline.slice(0, 2).map(view) : [];
  const side = toMedian
    ? { ref: roleRef(to), figures: [view(toMedian), ...own], representative: toMedian }
    : roleSide(kb, to);
  return {
    ...comparePay(kb, [from, side]),
    followups: [`salary ${to.aliases[0] ?? to.name}`, ...(o ? [`role ${o.soc}`] : [])],
  };
}

/** The start's side of a move's pay said to have no figure, and why, where it can have none. */
function withStartUnfigured(pay: PayComparison, noFigures: string | undefined): PayComparison {
  if (!noFigures) return pay;
  return { ...pay, roles: pay.roles.map((row, i) => (i === 0 ? { ...row, missing: noFigures } : row)) };
}

/**
 * "Should I go from nursing into data analytics?": the occupation's official pay and outlook beside the
 * role's, from the same survey where the role has an official figure, then everything the role needs
 * (the knowledge has no skills list for the occupation, so nothing is assumed to carry over).
 */
export function weighMoveFromOccupation(
  kb: KnowledgeBase,
  start: MoveStart,
  to: Role,
  user: UserContext,
  payAsked = false,
): SkillGap {
  const o = start.occupation;
  // Within the move's answer the pay needs no buttons of its own.
  const pay = withStartUnfigured(
    { ...occupationMovePay(kb, start, to, payAsked), followups: [] },
    start.noFigures,
  );
  const from = pay.roles[0]?.role ?? { id: "", name: start.typed };
  const sides = outlookSideBySide(kb, { ref: from, ...start }, to);
  const unfigured = start.noFigures;
  const outlook = unfigured
    ? { ...sides, outlook: sides.outlook.map((s, i) => (i === 0 ? { ...s, lines: [unfigured] } : s)) }
    : sides;
  return {
    kind: "gap",
    from,
    to: roleRef(to),
    ...toLearnFor(to, new Set(), user),
    fromOccupation: true,
    note: start.note,
    weighing: {
      pay,
      outlook: outlook.outlook,
      citations: uniqueCitations([...pay.citations, ...outlook.citations]),
    },
    followups: [`skills ${to.aliases[0]}`, `path ${to.aliases[0]}`, ...(o ? [`role ${o.soc}`] : [])],
  };
}
