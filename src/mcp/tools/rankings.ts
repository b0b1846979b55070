import { z } from "zod";
import { rankingAnswer } from "../../advisor/outlook/ranking.js";
import { rankingMetrics } from "../../understanding/intent/ranking-request.js";
import { citation, defineTool, figure, outcomeOf, typedName } from "../tool.js";

export const rankingsTool = defineTool({
  name: "rank_roles",
  title: "Rank roles or occupations",
  description:
    'Ranks the curated tech roles (each by the official figures of the occupation BLS counts it in) or, with `all`, every US occupation in the official data, by median annual wage (`pay`), projected employment change (`growth`), openings each year (`openings`) or median wage among occupations that need no degree to enter (`noDegree`); optionally narrowed by a word in the name (`filter`: "data"). Top 10 rows, each with its figure and release (BLS OEWS, BLS Employment Projections). Official national figures only: no company or city rankings.',
  input: z.object({
    metric: z.enum(rankingMetrics),
    all: z.boolean().optional().describe("Every occupation instead of the curated roles"),
    filter: typedName("word").optional().describe('A word the names must contain: "data", "security"'),
  }),
  output: z.object({
    metric: z.enum(rankingMetrics),
    scope: z.enum(["roles", "occupations"]),
    filter: z.string().optional(),
    rows: z.array(
      z.object({
        name: z.string(),
        role: z.object({ id: z.string(), name: z.string() }).optional(),
        occupation: z.string(),
        soc: z.string(),
        figure,
      }),
    ),
    notes: z.array(z.string()),
    citations: z.array(citation),
  }),
  run: ({ metric, all, filter }, { kb }) =>
    outcomeOf(
      rankingAnswer(kb, { metric, all: all === true, ...(filter ? { filter } : {}) }),
      "ranking",
      (a) => {
        const { kind: _k, followups: _f, ...rest } = a;
        return rest;
      },
    ),
});
