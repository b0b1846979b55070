import type { McpTool } from "../tool.js";
import { careerPathTool } from "./career-path.js";
import { compareRolesTool } from "./compare-roles.js";
import { listRolesTool } from "./list-roles.js";
import { marketTrendsTool } from "./market-trends.js";
import { occupationTool } from "./occupation.js";
import { rankingsTool } from "./rankings.js";
import { roleOverviewTool } from "./role-overview.js";
import { rolePayTool } from "./role-pay.js";
import { skillGapTool } from "./skill-gap.js";
import { skillsChecklistTool } from "./skills-checklist.js";

/** Every tool the MCP server offers, in the order tools/list gives them: one file each, one line here. */
export const tools: readonly McpTool[] = [
  listRolesTool,
  roleOverviewTool,
  compareRolesTool,
  rolePayTool,
  skillsChecklistTool,
  careerPathTool,
  skillGapTool,
  marketTrendsTool,
  occupationTool,
  rankingsTool,
];
