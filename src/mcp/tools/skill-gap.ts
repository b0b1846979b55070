import { z } from "zod";
import { advise } from "../../advisor/advise.js";
import { citation, defineTool, outcomeOf, roleName, roleRef, skillGroup } from "../tool.js";

const item = z.object({ id: z.string(), text: z.string(), done: z.boolean() });

export const skillGapTool = defineTool({
  name: "skill_gap",
  title: "Skill gap between two roles",
  description:
    "What to learn to move from one tech role to another: the target role's skills the current role does not cover, grouped, and those already shared; for a known Slack user (MCP_AUTH=slack), less the skills they have ticked in the app. Includes the curated key differences (with source) where there are any. An unknown role is an error result.",
  personal: true,
  input: z.object({
    from: roleName.describe("The role the person has now"),
    to: roleName.describe("The role they want"),
  }),
  output: z.object({
    from: roleRef,
    to: roleRef,
    toLearn: z.array(z.object({ group: skillGroup, label: z.string(), items: z.array(item) })),
    alreadyHave: z.array(z.string()),
    ticked: z.array(z.string()).describe("Skills to learn that the caller has already ticked"),
    curated: z
      .object({ differences: z.array(z.object({ topic: z.string(), text: z.string() })), citation })
      .optional(),
  }),
  run: ({ from, to }, { kb, user }) =>
    outcomeOf(advise(kb, { kind: "gap", from, to }, user), "gap", (a) => a),
});
