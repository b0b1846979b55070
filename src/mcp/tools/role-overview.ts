import { z } from "zod";
import { advise } from "../../advisor/advise.js";
import { citation, defineTool, figure, outcomeOf, roleName, roleRef, skillGroup } from "../tool.js";

export const roleOverviewTool = defineTool({
  name: "role_overview",
  title: "What a role does",
  description:
    "What a tech role does: summary, responsibilities, skills by group, education, experience, headline pay (each figure with its source and as-of year), related roles and O*NET links. Answers only for roles the advisor has curated (see list_roles); an unknown role is an error result, never another role's card.",
  input: z.object({ role: roleName }),
  output: z.object({
    role: roleRef,
    summary: z.string(),
    responsibilities: z.array(z.string()),
    skills: z.array(z.object({ group: skillGroup, label: z.string(), items: z.array(z.string()) })),
    education: z.array(z.string()),
    experience: z.array(z.string()),
    pay: z.array(figure),
    payMissing: z.string().optional(),
    related: z.array(roleRef),
    learnMore: z.array(z.object({ title: z.string(), url: z.string() })),
    citations: z.array(citation),
  }),
  run: ({ role }, { kb, user }) => outcomeOf(advise(kb, { kind: "role", role }, user), "role", (a) => a),
});
