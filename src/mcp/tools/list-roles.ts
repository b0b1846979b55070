import { z } from "zod";
import { listRoles } from "../../advisor/roles/roles.js";
import { defineTool, outcomeOf } from "../tool.js";

export const listRolesTool = defineTool({
  name: "list_roles",
  title: "Roles the advisor knows",
  description:
    "Lists every tech role the career advisor has curated knowledge for (id, name, aliases, one-line summary). Call it to find the right name before the other tools; a role not listed here is not covered.",
  input: z.object({}),
  output: z.object({
    roles: z.array(
      z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), summary: z.string() }),
    ),
  }),
  run: (_input, { kb }) => outcomeOf(listRoles(kb), "roles", (a) => ({ roles: a.roles })),
});
