import { z } from "zod";
import { advise } from "../../advisor/advise.js";
import { defineTool, outcomeOf, roleName, roleRef, skillGroup } from "../tool.js";

const item = z.object({ id: z.string(), text: z.string(), done: z.boolean() });

export const skillsChecklistTool = defineTool({
  name: "skills_checklist",
  title: "Skills checklist for a role",
  description:
    "The skills a tech role needs, grouped (technical, frameworks, tools, soft), as a checklist. For a known Slack user (MCP_AUTH=slack) each item says whether they have ticked it in the app's /career skills checklist, with their progress, and a role left out is their saved target role; otherwise nothing is ticked (`progress` says which). An unknown role is an error result.",
  personal: true,
  input: z.object({ role: roleName.optional() }),
  output: z.object({
    role: roleRef,
    groups: z.array(z.object({ group: skillGroup, label: z.string(), items: z.array(item) })),
    done: z.number().int(),
    total: z.number().int(),
    progress: z
      .enum(["slack-user", "none"])
      .describe("slack-user: ticks are the caller's own; none: no caller is known, so nothing is ticked"),
    usedPreferences: z.array(z.string()),
  }),
  run: ({ role }, { kb, user, known }) => {
    const outcome = outcomeOf(
      advise(kb, { kind: "skills", ...(role ? { role } : {}) }, user),
      "checklist",
      (a) => ({
        ...a,
        progress: known ? ("slack-user" as const) : ("none" as const),
      }),
    );
    // The progress line would read as the caller's own: say it is no one's.
    return outcome.ok && !known
      ? { ...outcome, text: `${outcome.text}\n\n(No one's progress: the caller is not a known Slack user.)` }
      : outcome;
  },
});
