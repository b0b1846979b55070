import { z } from "zod";
import { advise } from "../../advisor/advise.js";
import { citation, defineTool, figure, outcomeOf, roleName, roleRef, typedName } from "../tool.js";

const placed = z.object({ id: z.string(), name: z.string(), figure, extra: z.array(figure) });

export const rolePayTool = defineTool({
  name: "role_pay",
  title: "Pay for a role",
  description:
    "Pay for one tech role as its sources publish it: by level (entry, mid, senior…), by US location, total compensation, the named-company examples the sources give, what moves pay, and government statistics; every figure with its source and as-of year, and `answer` the figure for the level or place asked for. Percentiles only where a source publishes them. It says plainly when it has no figure for a level or place (`gaps`) and never estimates one; it has no company-specific pay beyond the examples listed, and an unknown role is an error result, never another role's pay. For a known Slack user (MCP_AUTH=slack), a level, place or role left out is taken from what they saved with /career prefs.",
  personal: true,
  input: z.object({
    role: roleName.optional(),
    level: typedName("level").optional().describe('A level: "entry", "mid", "senior", "staff"…'),
    location: typedName("location")
      .optional()
      .describe('A US place with figures: "Seattle", "San Francisco", "New York City", "Texas"…'),
  }),
  output: z.object({
    role: roleRef,
    answer: figure.optional(),
    levels: z.array(placed),
    locations: z.array(placed),
    totalComp: z.array(figure),
    companies: z.array(z.object({ company: z.string(), figures: z.array(figure) })),
    headline: z.array(figure),
    modifiers: z.array(figure),
    government: z.array(figure),
    notes: z.array(z.string()),
    gaps: z.array(z.string()).describe("What the sources have no figure for, said plainly"),
    usedPreferences: z.array(z.string()),
    citations: z.array(citation),
  }),
  run: ({ role, level, location }, { kb, user }) =>
    outcomeOf(
      advise(
        kb,
        {
          kind: "salary",
          ...(role ? { role } : {}),
          ...(level ? { level } : {}),
          ...(location ? { location } : {}),
        },
        user,
      ),
      "salary",
      (a) => a,
    ),
});
