import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { loadKnowledgeBase } from "../knowledge/base.js";
import type { Config } from "../runtime/config.js";
import { AppLogger } from "../runtime/logging.js";
import { understanderFor } from "../understanding/understand.js";
import { createMcpServer } from "./server.js";
import { tools } from "./tools/index.js";

/**
 * `career mcp`: the same tools over stdio, for a desktop assistant that starts the process itself. One local
 * caller, so no auth, no rate limit and no store (nothing personal); stdout carries the protocol, so every
 * log line goes to stderr. Resolves when the client closes stdin.
 */
export async function runMcpStdio(knowledgeDir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const level = (["debug", "info", "warn", "error"] as const).find((l) => l === env.LOG_LEVEL) ?? "warn";
  const format: Config["logFormat"] = env.LOG_FORMAT === "json" ? "json" : "text";
  const logger = new AppLogger({
    level,
    format,
    name: "career-advisor-mcp",
    write: (_level, line) => process.stderr.write(`${line}\n`),
  });
  const kb = loadKnowledgeBase(knowledgeDir);
  // As main.ts does: the classifier that tells an uncovered occupation is trained now, not on a first call.
  understanderFor(kb);
  const server = createMcpServer({ kb, tools, logger }, { trustSlackIdentity: false, fallbackKey: "stdio" });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once("end", () => resolve());
  });
  await server.connect(transport);
  logger.info(`MCP server on stdio with ${kb.knowledge.roles.length} roles and ${tools.length} tools.`);
  await closed;
  await server.close();
  return 0;
}
