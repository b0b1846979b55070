import { z } from "zod";
import { answerOccupation } from "../../advisor/occupations/scope.js";
import { citation, defineTool, figure, outcomeOf, typedName } from "../tool.js";

export const occupationTool = defineTool({
  name: "occupation_lookup",
  title: "Official figures for any US occupation",
  description:
    'Official US figures for one occupation, by job title ("registered nurse", "IT manager", O*NET alternate and reported titles count) or SOC code ("15-1252"): median annual wage with the 25th–75th and 10th–90th percentiles and employment (BLS OEWS), projected employment change and openings each year, typical entry education and experience (BLS Employment Projections), and the hot technologies O*NET names; every figure with its release. It says how the title was matched to the occupation BLS counts it in. A title in no dataset is an error result, never another occupation\'s figures; a title O*NET lists under several occupations is an error naming them. Figures are national base pay only: no company, city or level pay. With only the curated roles\' occupations loaded, other titles are declined with how an operator loads the rest.',
  input: z.object({
    title: typedName("job title or SOC code").describe(
      'A job title or SOC code: "registered nurse", "sales engineer", "15-1251"',
    ),
  }),
  output: z.object({
    title: z.string(),
    soc: z.string(),
    matchNote: z.string().optional(),
    pay: z.array(figure),
    outlook: z.array(figure),
    entry: z.array(figure),
    tools: figure.optional(),
    related: z.array(z.string()),
    curated: z.array(z.object({ id: z.string(), name: z.string() })),
    notes: z.array(z.string()),
    attribution: z.string().optional(),
    citations: z.array(citation),
  }),
  run: ({ title }, { kb }) => {
    const u = kb.official;
    const trimmed = title.trim();
    // A SOC code is looked up as it is; a title through the same title index the bot reads questions with.
    const official =
      /^\d{2}-\d{4}(\.\d{2})?$/.test(trimmed) && u?.bySoc.has(trimmed.slice(0, 7))
        ? [trimmed.slice(0, 7)]
        : [];
    return outcomeOf(answerOccupation(kb, { typed: trimmed, official }), "occupation", (a) => {
      const { kind: _k, followups: _f, ...rest } = a;
      return rest;
    });
  },
});
