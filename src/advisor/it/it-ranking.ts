import type { KnowledgeBase } from "../../knowledge/base.js";
import { formatFigure } from "../../knowledge/core/figure-text.js";
import type { Role } from "../../knowledge/core/schema.js";
import { itRoles } from "../../knowledge/it-roles.js";
import type { RankingRequest } from "../../understanding/intent/ranking-request.js";
import type { RankingAnswer } from "../answers.js";
import { type MeasuredRole, measuredRoles, rankingAnswer } from "../outlook/ranking.js";

/*
 * A ranking asked of "IT" the field, never of every occupation ("average IT salary in the us" is not a
 * surgeon's). Its growth is its own roles' (support, administration, security): data and ML roles growing
 * fast say nothing of where IT is going. Its pay is read in the word's broad sense, the whole tech
 * industry, as many people use it (in India and Europe most of all): every curated role, titled so, with
 * where the IT department's own roles stand among them, so that neither reading is left unanswered.
 */

/** "11th", "22nd", "31st". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Where the IT department's roles stand among every curated role by pay: "Information Security Analyst
 * 11th ($129,180)". Roles of one occupation share its figure and its place.
 */
function standing(kb: KnowledgeBase, it: readonly Role[]): string | undefined {
  const everyRole = measuredRoles(kb, kb.knowledge.roles, "pay");
  const bySoc = new Map<string, { roles: Role[]; measured: MeasuredRole }>();
  for (const m of measuredRoles(kb, it, "pay")) {
    const shared = bySoc.get(m.soc);
    if (shared) shared.roles.push(m.role);
    else bySoc.set(m.soc, { roles: [m.role], measured: m });
  }
  const places = [...bySoc.values()]
    .map(({ roles, measured }) => ({
      roles,
      place: 1 + everyRole.filter((o) => o.sortBy > measured.sortBy).length,
      figure: measured.figure(),
    }))
    .sort((a, b) => a.place - b.place);
  if (places.length === 0) return undefined;
  const said = places.map(
    ({ roles, place, figure }) =>
      `${roles.map((r) => r.name).join(" and ")} ${ordinal(place)}${figure ? ` (${formatFigure(figure)})` : ""}`,
  );
  return `The IT department's own roles stand among the ${everyRole.length}: ${said.join("; ")}.`;
}

/** A ranking of "IT" the field: its own roles by growth; every curated role by anything else, said so for pay. */
export function itRankingAnswer(kb: KnowledgeBase, request: RankingRequest): RankingAnswer {
  const it = itRoles(kb);
  const scoped: RankingRequest = { ...request, all: false };
  if (request.metric === "growth") return rankingAnswer(kb, scoped, { field: "IT", roles: it });
  const ranked = rankingAnswer(kb, scoped);
  // A word narrowing the list ("IT security jobs") or a ranking IT support tops (no degree) needs no reading.
  if (request.metric !== "pay" || request.filter) return ranked;
  const stand = standing(kb, it);
  return {
    ...ranked,
    within: "tech",
    notes: [
      "“IT” is read here in its broad sense, the whole tech industry, as many people use it; so every role I know is ranked.",
      ...(stand ? [stand] : []),
      ...ranked.notes,
    ],
  };
}

/**
 * "is IT still a good field to get into": the field's growth, with the usual way in (IT support) and what
 * its sources say it takes to start, so that the question of getting in is answered too.
 */
export function withWayIn(kb: KnowledgeBase, answer: RankingAnswer): RankingAnswer {
  const entry = itRoles(kb)[0];
  if (!entry) return answer;
  const start = entry.gettingStarted[0];
  const wayIn = `The usual way into IT is ${entry.name}${start ? `: ${start.charAt(0).toLowerCase()}${start.slice(1)}` : "."}`;
  return { ...answer, notes: [wayIn, ...answer.notes] };
}
