import { z } from "zod";
import { advise } from "../../advisor/advise.js";
import { citation, defineTool, figure, outcomeOf, roleName, roleRef } from "../tool.js";

export const compareRolesTool = defineTool({
  name: "compare_roles",
  title: "Compare two or three roles",
  description:
    "Two or three tech roles side by side: what each does, education, experience, industries, outlook, shared and distinct skills, headline pay of each (every figure with its source and as-of year) and the curated key differences where a source gives them. It gives no company-specific pay it does not have, and no figures for a role it does not cover: an unknown role is an error result.",
  input: z.object({
    roles: z.array(roleName).min(2, "name two or three roles").max(3, "compare at most three roles"),
  }),
  output: z.object({
    roles: z.array(roleRef),
    rows: z.array(z.object({ topic: z.string(), values: z.array(z.string()) })),
    sharedSkills: z.array(z.string()),
    distinctSkills: z.array(z.object({ role: roleRef, items: z.array(z.string()) })),
    partlyShared: z.array(z.object({ roles: z.array(roleRef), items: z.array(z.string()) })),
    pay: z.array(z.object({ role: roleRef, figures: z.array(figure), missing: z.string().optional() })),
    curated: z
      .object({ differences: z.array(z.object({ topic: z.string(), text: z.string() })), citation })
      .optional(),
    citations: z.array(citation),
  }),
  run: ({ roles }, { kb, user }) =>
    outcomeOf(advise(kb, { kind: "compare", roles }, user), "compare", (a) => a),
});
