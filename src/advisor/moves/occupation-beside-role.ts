import type { KnowledgeBase } from "../../knowledge/base.js";
import type { Figure, Role } from "../../knowledge/core/schema.js";
import { entryFigures, entryLines, outlookFigures } from "../../official/figures.js";
import type { OfficialOccupation } from "../../official/layer.js";
import { asksOpenings } from "../../understanding/words/topic-words.js";
import type { MoveWeighing, QuestionAnswer, RoleRef } from "../answers.js";
import { schoolingOfSides } from "../getting-in/degree-weighed.js";
import { entryEducation } from "../getting-in/without-degree.js";
import { employmentIn, openingsIn, openingsWeighed } from "../outlook/openings.js";
import { growthWeighed, projectionIn } from "../outlook/outlook.js";
import { alias, figureView, roleRef, uniqueCitations } from "../parts/answer-parts.js";
import { factAnswer, factLines, withArticle } from "../parts/fact-answer.js";
import { roleTopicAnswer } from "../roles/role-topic-answer.js";

/*
 * An official occupation and a curated role side by side on their outlook: the move from one to the other
 * shows it under "Outlook side by side", and a question weighing the two in a thread about them ("which one
 * has more openings" after a move from nursing into data analyst) gets the same lines, with which is ahead;
 * so with their schooling ("which one needs more school").
 */

/** The occupation side: how the answer names it, the words typed for it, and the one occupation it is. */
export interface OccupationSide {
  ref: RoleRef;
  typed: string;
  occupation?: OfficialOccupation;
}

/**
 * The answer with the occupation the thread goes on with beside its role: "which one needs more school"
 * after "which one has more openings" weighs the same two.
 */
const besideIt = (occupation: OfficialOccupation, answer: QuestionAnswer): QuestionAnswer => ({
  ...answer,
  occupation: occupation.soc,
});

/** The occupation's official outlook and the role's, each as lines, with their citations. */
export function outlookSideBySide(
  kb: KnowledgeBase,
  side: OccupationSide,
  role: Role,
): Pick<MoveWeighing, "outlook" | "citations"> {
  const m = kb.official?.manifest;
  const o = side.occupation;
  const figures = o && m ? outlookFigures(o, m).map((f) => figureView(kb, f)) : [];
  const own = roleTopicAnswer(kb, "", role, "outlook");
  return {
    outlook: [
      {
        role: side.ref,
        lines: figures.length ? factLines(figures) : [`No official outlook figures for ${side.typed}.`],
      },
      { role: roleRef(role), lines: own.facts },
    ],
    citations: uniqueCitations([...figures.map((f) => f.citation), ...own.citations]),
  };
}

/**
 * "which one has more openings", "which one is growing more" of an occupation and a role: both outlooks side
 * by side, led by which has more openings each year where openings are asked, else which grows faster, on
 * BLS's projections (the verdicts roles get, with the occupation as one side).
 */
export function outlookBesideRole(
  kb: KnowledgeBase,
  question: string,
  occupation: OfficialOccupation,
  role: Role,
): QuestionAnswer {
  const m = kb.official?.manifest;
  const ref = { id: occupation.soc, name: occupation.title };
  const { outlook, citations } = outlookSideBySide(kb, { ref, typed: occupation.title, occupation }, role);
  const official = m ? outlookFigures(occupation, m) : [];
  const sides = (pick: (figures: readonly Figure[]) => Figure | undefined) => [
    { name: occupation.title, plural: true, figure: pick(official), employed: employmentIn(official) },
    { name: role.name, figure: pick(role.outlook.figures), employed: employmentIn(role.outlook.figures) },
  ];
  const verdict =
    (asksOpenings(question) ? openingsWeighed(kb, sides(openingsIn)) : undefined) ??
    growthWeighed(kb, sides(projectionIn));
  const [own, other] = outlook;
  const facts = [
    `Outlook for ${occupation.title}:`,
    ...(own?.lines ?? []),
    `Outlook for ${withArticle(role.name)}:`,
    ...(other?.lines ?? []),
  ];
  return besideIt(
    occupation,
    factAnswer(question, verdict, facts, citations, [
      `role ${occupation.soc}`,
      `role ${alias(role)}`,
      `salary ${alias(role)}`,
    ]),
  );
}

/**
 * "which one needs more school" of an occupation and a role: which asks more schooling to enter by BLS's
 * typical entry-level education (the verdict roles get, with the occupation as one side), then what each
 * one's sources say of education.
 */
export function schoolingBesideRole(
  kb: KnowledgeBase,
  question: string,
  occupation: OfficialOccupation,
  role: Role,
): QuestionAnswer {
  const m = kb.official?.manifest;
  const education = occupation.outlook?.education;
  const verdict = schoolingOfSides(question, [
    { name: occupation.title, plural: true, educations: education ? [education] : [] },
    { name: role.name, educations: entryEducation(kb, role).map((e) => e.education) },
  ]);
  const own = roleTopicAnswer(kb, question, role, "education");
  const lines = m ? entryLines(occupation, m).education : [];
  const cited = m ? entryFigures(occupation, m).map((f) => figureView(kb, f).citation) : [];
  const facts = [
    `Education for ${occupation.title}:`,
    ...(lines.length ? lines : [`No official entry-level education for ${occupation.title}.`]),
    ...(own.headline ? [own.headline] : []),
    ...own.facts,
  ];
  return besideIt(
    occupation,
    factAnswer(
      question,
      verdict,
      facts,
      [...cited.slice(0, 1), ...own.citations],
      [`role ${occupation.soc}`, `role ${alias(role)}`, `path ${alias(role)}`],
    ),
  );
}
