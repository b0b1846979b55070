import { z } from "zod";
import { advise } from "../../advisor/advise.js";
import { defineTool, outcomeOf, roleName, roleRef } from "../tool.js";

export const careerPathTool = defineTool({
  name: "career_path",
  title: "Career path of a role",
  description:
    "The progression around a tech role: the roles people come from, its ladder (junior to principal…), where it leads, advice and how to get started, as the curated knowledge gives them. It does not predict anyone's promotion or timeline; an unknown role is an error result.",
  input: z.object({ role: roleName }),
  output: z.object({
    role: roleRef,
    into: z.array(z.string()),
    ladder: z.array(z.string()),
    beyond: z.array(z.string()),
    advice: z.array(z.string()),
    gettingStarted: z.array(z.string()),
    related: z.array(roleRef),
  }),
  run: ({ role }, { kb, user }) => outcomeOf(advise(kb, { kind: "path", role }, user), "path", (a) => a),
});
