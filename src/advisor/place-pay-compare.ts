import type { KnowledgeBase } from "../knowledge/base.js";
import type { Role } from "../knowledge/core/schema.js";
import { figureView, roleRef, uniqueCitations } from "./answer-parts.js";
import type { PayComparison } from "./answers.js";
import { comparePay, type PaySide, payComparison } from "./pay-comparison.js";

/*
 * "which pays more" with a place in the thread ("swe vs mle salary", "and in austin?"): the roles' figures
 * for that place, and which is higher there; where a side has none, it is said, and the verdict falls back
 * on the national figures shown for it.
 */

/** The sides' pay in a place (a location with figures), with a verdict on the figures for it. */
export function payComparedIn(kb: KnowledgeBase, roles: Role[], placeId: string): PayComparison {
  const placeName = kb.knowledge.locations.find((l) => l.id === placeId)?.name ?? placeId;
  const national = payComparison(kb, roles);
  const there = roles.map((role): PaySide | undefined => {
    const at = role.salary?.locations.find((l) => l.location === placeId);
    return at
      ? { ref: roleRef(role), figures: [figureView(kb, at.figure, true)], representative: at.figure }
      : undefined;
  });
  const sides = there.filter((s): s is PaySide => s !== undefined);
  // Every side has a figure for the place: those weighed against each other, as any comparison is.
  if (sides.length === roles.length) {
    const compared = comparePay(kb, sides);
    return { ...compared, verdict: `In ${placeName}: ${compared.verdict}`, followups: national.followups };
  }
  const without = roles.filter((_, i) => !there[i]);
  const missing = `The knowledge base has no ${placeName} figure for ${without.map((r) => r.name).join(" or ")}.`;
  const only = sides.length
    ? `Only ${sides.map((s) => `${s.ref.name} has a ${placeName} figure (${s.figures[0]?.value ?? ""})`).join(" and ")}, so they cannot be compared there.`
    : `${roles.length > 2 ? "None of them has" : "Neither has"} a ${placeName} figure, so they cannot be compared there.`;
  const nationally = national.verdict.charAt(0).toLowerCase() + national.verdict.slice(1);
  return {
    ...national,
    note: `${missing} National figures are shown beside.`,
    // A side with a figure there shows it first, then its national ones the verdict also weighs.
    roles: national.roles.map((row, i) => {
      const side = there[i];
      return side ? { role: side.ref, figures: [...side.figures, ...row.figures] } : row;
    }),
    verdict: `${only} Nationally, ${nationally}`,
    citations: uniqueCitations([
      ...national.citations,
      ...sides.flatMap((s) => s.figures.map((f) => f.citation)),
    ]),
  };
}
