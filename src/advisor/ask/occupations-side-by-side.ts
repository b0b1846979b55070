import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure } from "../../knowledge/core/schema.js";
import { entryFigures, outlookFigures, payFigures } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import type { FigureView, QuestionAnswer } from "../answers.js";
import { schoolingOfSides } from "../getting-in/degree-weighed.js";
import { employmentIn, openingsIn, openingsWeighed } from "../outlook/openings.js";
import { growthWeighed, projectionIn } from "../outlook/outlook.js";
import { figureView, isMedian, listed } from "../parts/answer-parts.js";
import { factAnswer, factLines } from "../parts/fact-answer.js";

/*
 * Official occupations set side by side on one thing asked of them ("which one has more openings per yr"
 * after "i work in a warehouse" and "what about truck driving"; "which needs more schooling" after truck
 * drivers were asked back as heavy or light): which is ahead on BLS's figures, said first, then each
 * occupation's own figures, each with its source and release. Never one of them alone.
 */

/** What a question weighing occupations asks of them. */
export type WeighedTopic = "openings" | "growth" | "schooling" | "pay";

/** Each occupation's figures on the topic, under a line naming it, as fact lines with their sources. */
function eachOne(
  kb: KnowledgeBase,
  occupations: readonly OfficialOccupation[],
  heading: string,
  figuresOf: (o: OfficialOccupation) => Figure[],
): { facts: string[]; views: FigureView[] } {
  const views: FigureView[] = [];
  const facts = occupations.flatMap((o) => {
    const shown = figuresOf(o).map((f) => figureView(kb, f));
    views.push(...shown);
    return [
      `${heading} ${o.title}:`,
      ...(shown.length ? factLines(shown) : [`No official figures for ${o.title} on this.`]),
    ];
  });
  return { facts, views };
}

/** Which is ahead on the topic, in BLS's figures: the verdict the same question about roles gets. */
function verdictOn(
  kb: KnowledgeBase,
  question: string,
  topic: WeighedTopic,
  occupations: readonly OfficialOccupation[],
): string | undefined {
  const m = kb.official?.manifest;
  if (!m) return undefined;
  const outlook = (pick: (figures: readonly Figure[]) => Figure | undefined) =>
    occupations.map((o) => {
      const figures = outlookFigures(o, m);
      return { name: o.title, plural: true, figure: pick(figures), employed: employmentIn(figures) };
    });
  switch (topic) {
    case "openings":
      return openingsWeighed(kb, outlook(openingsIn)) ?? growthWeighed(kb, outlook(projectionIn));
    case "growth":
      return growthWeighed(kb, outlook(projectionIn));
    case "schooling": {
      const sides = occupations.map((o) => ({
        name: o.title,
        plural: true,
        educations: o.outlook?.education ? [o.outlook.education] : [],
      }));
      // "which needs a degree", "what schooling do they need": no way weighed, so each one's, no verdict.
      const each = sides.flatMap((s) =>
        s.educations[0] ? [`${s.name}, ${s.educations[0].toLowerCase()}`] : [],
      );
      return (
        schoolingOfSides(question, sides) ??
        (each.length ? `By BLS's typical entry-level education: ${each.join("; ")}.` : undefined)
      );
    }
    case "pay":
      return medianWeighed(
        occupations.map((o) => ({ name: o.title, median: payFigures(o, m).find(isMedian) })),
      );
  }
}

/**
 * Which earns more on BLS's median annual wage, one survey for every occupation, with each one's, highest
 * first; an occupation BLS publishes no median for is said to have none, and nothing is ranked past it.
 */
function medianWeighed(sides: readonly { name: string; median: Figure | undefined }[]): string | undefined {
  const without = sides.filter((s) => s.median?.value === undefined).map((s) => s.name);
  if (without.length)
    return `BLS publishes no median annual wage for ${listed(without)}, so I cannot say which pays more.`;
  const ranked = [...sides].sort((a, b) => (b.median?.value ?? 0) - (a.median?.value ?? 0));
  const [top] = ranked;
  const asOf = top?.median?.asOf;
  const list = ranked.map((s) => `${s.name} $${(s.median?.value ?? 0).toLocaleString("en-US")}`).join(", ");
  const level = ranked.filter((s) => s.median?.value === top?.median?.value);
  if (level.length === ranked.length)
    return `On BLS's median annual wage, ${asOf}, they earn the same: ${list}.`;
  const most = ranked.length > 2 ? "the most" : "more";
  return `On BLS's median annual wage, ${asOf}, ${listed(level.map((s) => s.name))} earn ${most}: ${list}.`;
}

/** What each topic shows of each occupation: the figures that answer it, and the line naming each. */
const shownOn: Record<
  WeighedTopic,
  {
    heading: string;
    figures: (o: OfficialOccupation, m: NonNullable<KnowledgeBase["official"]>["manifest"]) => Figure[];
  }
> = {
  openings: { heading: "Outlook for", figures: outlookFigures },
  growth: { heading: "Outlook for", figures: outlookFigures },
  schooling: { heading: "Education for", figures: entryFigures },
  pay: { heading: "Pay for", figures: payFigures },
};

/**
 * The occupations side by side on the topic asked: which is ahead first, then each one's figures. The
 * answer keeps them all for the thread (`occupationsWeighed`), the last as its occupation, so that "and
 * which pays more" weighs the same ones and "the first one" picks one of them. Undefined without the
 * official layer.
 */
export function occupationsSideBySide(
  kb: KnowledgeBase,
  question: string,
  topic: WeighedTopic,
  occupations: readonly OfficialOccupation[],
): QuestionAnswer | undefined {
  const m = kb.official?.manifest;
  const last = occupations.at(-1);
  if (!m || !last) return undefined;
  const shown = shownOn[topic];
  const { facts, views } = eachOne(kb, occupations, shown.heading, (o) => shown.figures(o, m));
  const answer = factAnswer(
    question,
    verdictOn(kb, question, topic, occupations),
    facts,
    views.map((v) => v.citation),
    occupations.slice(0, 3).map((o) => `role ${o.soc}`),
  );
  return { ...answer, occupation: last.soc, occupationsWeighed: occupations.map((o) => o.soc) };
}
