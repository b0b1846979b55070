import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { tokenize } from "../../knowledge/core/text.js";
import type { Understanding } from "../../understanding/shape/understanding.js";
import type { SkillGap } from "../answers.js";
import { figureView, uniqueCitations } from "../parts/answer-parts.js";
import { comparePay, roleSide } from "../pay/pay-comparison.js";

/**
 * The level and place a move question names, each once: the knowledge's id (none where it has no figures
 * for it), and how the answer says it ("at the senior level", "for interns", "in Seattle, WA").
 */
export interface MoveNarrowing {
  level?: { id?: string; said: string };
  place?: { id?: string; said: string };
  /** A level or place named once for each side ("swe in austin to mle in sf"): left aside, and said so. */
  perSide?: boolean;
}

/**
 * The level and place a move question itself names ("as a senior swe in seattle"), or the thread's place it
 * asks the move's pay in ("pay more here"). One named twice over
 * ("swe in austin to mle in sf", "junior qa to senior devops") belongs to each side apart, which the
 * reading does not tell, so it narrows neither side.
 */
export function moveNarrowing(
  kb: KnowledgeBase,
  u: Pick<
    Understanding,
    "text" | "entities" | "unlistedPlace" | "place" | "level" | "inherited" | "experience" | "companyLevel"
  >,
): MoveNarrowing {
  const tokens = tokenize(u.text);
  const distinct = (found: { entries: string[] }[]) => new Set(found.flatMap((m) => m.entries)).size;
  const places = distinct(kb.places.findAll(tokens, undefined, false)) + (u.unlistedPlace ? 1 : 0);
  const levels = distinct(kb.levels.findAll(tokens, undefined, false));
  const e = u.entities;
  // "would i take a pay cut at first": the start of the move, read as the entry level though no level's
  // word is said; a level carried from the thread, or stood for by years or an employer's rank, is not.
  const levelRead = !u.inherited.includes("level") && !u.experience && !u.companyLevel ? u.level : undefined;
  const levelId = e.level ?? levelRead;
  const levelName = kb.knowledge.levels.find((l) => l.id === levelId)?.name.toLowerCase();
  // "would switching to ml pay more here": the thread's place, carried for a move's pay asked there.
  const placeId = e.place ?? (u.inherited.includes("place") ? u.place : undefined);
  const placeName = kb.knowledge.locations.find((l) => l.id === placeId)?.name;
  // A level with no figures is written as the app writes it: "the principal level", "interns".
  const unlisted = e.unlistedLevel;
  const level = unlisted
    ? { said: `${unlisted.startsWith("the ") ? "at" : "for"} ${unlisted}` }
    : levelId && levelName
      ? { id: levelId, said: `at the ${levelName}` }
      : undefined;
  const place = u.unlistedPlace
    ? { said: `in ${u.unlistedPlace}` }
    : placeId && placeName
      ? { id: placeId, said: `in ${placeName}` }
      : undefined;
  return {
    ...(level && levels <= 1 ? { level } : {}),
    ...(place && places <= 1 ? { place } : {}),
    ...(levels > 1 || places > 1 ? { perSide: true } : {}),
  };
}

/**
 * A move asked at a level or in a place: each side's figure for it beside its national ones where the
 * knowledge has one, said plainly for the side that has none (as "and in seattle?" after a move says it);
 * with none on either side, one line that the figures below are national. The outlook is national always.
 */
export function moveNarrowed(
  kb: KnowledgeBase,
  move: SkillGap,
  sides: readonly [Role, Role],
  asked: MoveNarrowing,
): SkillGap {
  const { level, place } = asked;
  const weighing = move.weighing;
  if (!weighing) return move;
  if (asked.perSide)
    return {
      ...move,
      note: "A place or level named for each side apart is left aside: the pay and outlook below are national.",
    };
  if (!level && !place) return move;
  const found = sides.map((role) => {
    const atLevel = level?.id ? role.salary?.levels.find((l) => l.level === level.id)?.figure : undefined;
    const inPlace = place?.id
      ? role.salary?.locations.find((l) => l.location === place.id)?.figure
      : undefined;
    const missing = [...(level && !atLevel ? [level.said] : []), ...(place && !inPlace ? [place.said] : [])];
    return { role, figures: [inPlace, atLevel].filter((f): f is Figure => f !== undefined), missing };
  });
  if (found.every((f) => f.figures.length === 0)) {
    const where = [level?.said, place?.said].filter(Boolean).join(" or ");
    return { ...move, note: `No figures for a move ${where}: the pay and outlook below are national.` };
  }
  const paySides = found.map(({ role, figures }) => {
    const side = roleSide(kb, role);
    const asked = figures.map((f) => figureView(kb, f, true));
    // The figure the verdict weighs is shown first: the one asked for where it is a single amount, else
    // the role's own, with the range asked for right under it.
    const weighed = figures.findIndex((f) => f.value !== undefined);
    const [own, ...rest] = side.figures;
    const shown = weighed >= 0 ? [...asked, ...side.figures] : [...(own ? [own] : []), ...asked, ...rest];
    const representative = figures[weighed] ?? side.representative;
    return { ...side, figures: shown, ...(representative ? { representative } : {}) };
  });
  const pay = { ...weighing.pay, ...comparePay(kb, paySides) };
  const said = found.flatMap(({ role, figures, missing }) =>
    missing.length === 0
      ? []
      : [
          `The knowledge base has no ${role.name} figure ${missing.join(" or ")}${figures.length ? "" : ": its pay below is national"}.`,
        ],
  );
  const apart = found.some((f) => f.figures.length === 2)
    ? ["The sources give level and location figures separately, not for the two combined."]
    : [];
  return {
    ...move,
    note: [...said, ...apart, "The outlook below is national."].join(" "),
    weighing: { ...weighing, pay, citations: uniqueCitations([...pay.citations, ...weighing.citations]) },
  };
}
