/*
 * A pay question that states an amount ("got an offer for 82k as a data analyst in austin, is that fair?",
 * "nurse offered 38/hr in denver"): the amount set against the role's or the occupation's figures, saying
 * where those figures are for another place or level than asked.
 */
import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { occupationsOf } from "../../official/data.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { PayStated } from "../../understanding/words/pay-stated.js";
import type { PayWeighed } from "../answers.js";
import { occupationSocs } from "../occupations/scope.js";
import { alias, listed, orList, possessive, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { roleFollowups } from "../parts/fact-answer.js";
import { payWeighed, type WeighedAgainst } from "../pay/pay-weighed.js";

/** Whether a role's name is its occupation's title ("Data Scientist", "data scientists"). */
const sameName = (a: string, b: string) =>
  a.toLowerCase().replace(/s$/, "") === b.toLowerCase().replace(/s$/, "");

/** The first of a role's official occupations with a published median: the one its pay is set against. */
const paidOccupation = (kb: KnowledgeBase, role: Role) =>
  occupationsOf(role, kb.official).find((o) => typeof o.pay?.median === "number");

/** The level asked (or carried), by the name the answer says ("senior level"), and whether it has figures. */
function levelAsked(kb: KnowledgeBase, u: Understanding): { name: string; listed: boolean } | undefined {
  if (u.unlistedLevel) return { name: u.unlistedLevel, listed: false };
  const name = kb.knowledge.levels.find((l) => l.id === u.level)?.name;
  return name ? { name: name.toLowerCase(), listed: true } : undefined;
}

/** The place asked (or carried), by the name the answer says, and whether it is one the knowledge lists. */
function placeAsked(kb: KnowledgeBase, u: Understanding): { name: string; listed: boolean } | undefined {
  const unlisted = u.unlistedPlace ?? u.entities.unlistedPlace?.name;
  if (unlisted) return { name: unlisted, listed: false };
  const name = kb.knowledge.locations.find((l) => l.id === u.place)?.name;
  return name ? { name, listed: true } : undefined;
}

/** Why the BLS figures stand where a place was asked, and why they stand where a level was. */
const national =
  "the BLS figures are national, the whole US's; pay in one place can run above or below them.";
const allLevels =
  "BLS does not split pay by level: its percentiles take in every level, from new starters to the most senior.";

/**
 * The employers and kinds of employer asked that the role has no figures for, said as its pay answer says
 * it, first: an offer from Amazon weighed against the national figures reads as Amazon's otherwise.
 */
function employerGaps(role: Role, u: Understanding): string[] {
  const employers = [...(u.company ? [u.company] : []), ...(u.otherCompanies ?? [])];
  const without = employers.filter((e) => !role.salary?.companies.some((c) => c.company === e));
  const kinds = u.companyKinds ?? [];
  return [
    ...(without.length
      ? [
          `No figures for ${orList(without)}: the knowledge base has no ${orList(without)} pay figures for ${role.name}. General figures for ${role.name}, not ${possessive(orList(without))}, are below.`,
        ]
      : []),
    ...(kinds.length
      ? [
          `No figures by kind of company: the knowledge base has no pay figures for ${role.name} at ${orList(kinds)}.`,
        ]
      : []),
  ];
}

/**
 * What the role's figures lack for the place and level asked, said as its pay answer says it ("No figures
 * for Denver", "The knowledge base has no senior level figure for Data Analyst."), then why the figures
 * below still stand.
 */
function roleGaps(
  kb: KnowledgeBase,
  role: Role,
  u: Understanding,
  found: { place: boolean; level: boolean },
) {
  const place = placeAsked(kb, u);
  const level = levelAsked(kb, u);
  return [
    ...(place && !found.place
      ? [
          place.listed
            ? `The knowledge base has no ${place.name} figure for ${role.name}: ${national}`
            : `No figures for ${place.name}: the knowledge base has no ${place.name} pay figures for ${role.name}; ${national}`,
        ]
      : []),
    ...(level && !found.level
      ? [
          level.listed
            ? `The knowledge base has no ${level.name} figure for ${role.name}. ${allLevels}`
            : `No figures for ${level.name}: the knowledge base has no ${role.name} pay figures for ${level.name}. ${allLevels}`,
        ]
      : []),
  ];
}

/**
 * A curated role: its official occupation's percentiles, and its curated figures for the level, place or
 * employer asked.
 */
function roleAgainst(kb: KnowledgeBase, role: Role, u: Understanding): WeighedAgainst {
  const s = role.salary;
  const place = placeAsked(kb, u);
  const level = levelAsked(kb, u);
  const placeFigure = place?.listed ? s?.locations.find((l) => l.location === u.place)?.figure : undefined;
  const levelFigure = level?.listed ? s?.levels.find((l) => l.level === u.level)?.figure : undefined;
  const employers = [...(u.company ? [u.company] : []), ...(u.otherCompanies ?? [])];
  const atEmployers = (s?.companies ?? []).filter((c) => employers.includes(c.company));
  const occupation = paidOccupation(kb, role);
  const kindOf = (f: Figure) => (f.min !== undefined ? "range" : "figure");
  // With no official percentiles, the role's own curated headline range is what there is.
  const headline = occupation ? undefined : s?.headline.find((f) => f.unit === "usd");
  const curated = [
    ...(levelFigure && level
      ? [{ figure: levelFigure, named: `the ${level.name} ${kindOf(levelFigure)} for ${role.name}` }]
      : []),
    ...(placeFigure && place
      ? [{ figure: placeFigure, named: `the ${place.name} ${kindOf(placeFigure)} for ${role.name}` }]
      : []),
    ...atEmployers.flatMap((c) =>
      c.figures.map((f) => ({ figure: f, named: `${possessive(c.company)} ${kindOf(f)} for ${role.name}` })),
    ),
    ...(headline ? [{ figure: headline, named: `the curated ${kindOf(headline)} for ${role.name}` }] : []),
  ];
  const counted =
    occupation && !sameName(role.name, occupation.title)
      ? [
          `BLS has no occupation called ${role.name}: these are the figures for ${occupation.title.toLowerCase()} (SOC ${occupation.soc}), the official occupation the advisor links it to.`,
        ]
      : [];
  return {
    subject: role.name,
    role: roleRef(role),
    ...(occupation ? { occupation } : {}),
    curated,
    lead: employerGaps(role, u),
    notes: [
      ...roleGaps(kb, role, u, { place: placeFigure !== undefined, level: levelFigure !== undefined }),
      ...counted,
    ],
    followups: roleFollowups(role),
  };
}

/** An occupation no curated role covers ("nurse"): its official percentiles, national and for all levels. */
function occupationAgainst(kb: KnowledgeBase, o: OfficialOccupation, u: Understanding): WeighedAgainst {
  const place = placeAsked(kb, u);
  const level = levelAsked(kb, u);
  return {
    subject: o.title,
    occupation: o,
    curated: [],
    lead: [],
    notes: [
      ...(place
        ? [
            `No figures for ${place.name}: the official layer holds national figures only, so these are the whole US's.`,
          ]
        : []),
      ...(level ? [`No figures for the ${level.name}: ${allLevels}`] : []),
    ],
    followups: [],
  };
}

/** The one official occupation the question names, or the thread was about when it names no job. */
function occupationNamed(kb: KnowledgeBase, u: Understanding): OfficialOccupation | undefined {
  const e = u.entities;
  const [uncovered] = e.uncovered;
  const named = uncovered ?? (e.unknownTitle ? { typed: e.unknownTitle } : undefined);
  const socs = named ? occupationSocs(kb, named) : u.threadOccupation ? [u.threadOccupation] : [];
  const [soc, other] = socs;
  return soc && !other ? kb.official?.bySoc.get(soc) : undefined;
}

/** The answer to pay stated for a role or an occupation; undefined where the question names neither. */
export function payStatedAnswer(kb: KnowledgeBase, u: Understanding): PayWeighed | undefined {
  const stated: PayStated | undefined = u.payStated;
  if (!stated) return undefined;
  const [role, ...others] = u.roles;
  if (role && others.length > 0) return eachRoleWeighed(kb, stated, u.roles, u);
  if (role) return payWeighed(kb, stated, roleAgainst(kb, role, u));
  const occupation = occupationNamed(kb, u);
  return occupation ? payWeighed(kb, stated, occupationAgainst(kb, occupation, u)) : undefined;
}

/**
 * "can i make 200k in any of them" after three roles, "is 120k good" after two set side by side (in a thread:
 * a message naming two roles itself is read as their comparison first): the amount set against
 * each role's own figures, a line a role, with no one role's percentiles shown as if they were all the
 * roles' (before: the first role's alone, the others dropped, r88).
 */
function eachRoleWeighed(
  kb: KnowledgeBase,
  stated: PayStated,
  roles: readonly Role[],
  u: Understanding,
): PayWeighed {
  const each = roles.map((r) => ({ role: r, weighed: payWeighed(kb, stated, roleAgainst(kb, r, u)) }));
  const [first] = each;
  if (!first) throw new Error("eachRoleWeighed needs a role");
  const notes = each.flatMap((e) => e.weighed.notes);
  const { role: _one, ...weighed } = first.weighed;
  return {
    ...weighed,
    subject: listed(roles.map((r) => r.name)),
    roles: roles.map(roleRef),
    verdicts: each.flatMap((e) => e.weighed.verdicts.map((v) => `${e.role.name}: ${v}`)),
    // No one role's scale, so no place on it either.
    scale: [],
    placed: [],
    against: each.flatMap((e) => e.weighed.against),
    lead: [...new Set(each.flatMap((e) => e.weighed.lead))],
    notes: [...new Set(notes)],
    citations: uniqueCitations(each.flatMap((e) => e.weighed.citations)),
    followups: roles.slice(0, 2).map((r) => `salary ${alias(r)}`),
  };
}
