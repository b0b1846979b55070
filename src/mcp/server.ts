import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type Tool,
} from "@modelcontextprotocol/sdk/types.js";
import { AjvJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/ajv";
import type { Logger } from "@slack/bolt";
import { z } from "zod";
import { anonymousUser, type UserContext } from "../advisor/answers.js";
import type { KnowledgeBase } from "../knowledge/base.js";
import type { McpCallOutcome, Metrics } from "../runtime/metrics.js";
import { echo, type McpTool } from "./tool.js";

/** A Slack user, as Slack's signed request names them (`params._meta.slack`); only trusted once verified. */
export interface SlackIdentity {
  userId: string;
  teamId?: string;
  enterpriseId?: string;
}

/** Who is calling over one connection or request. */
export interface McpCaller {
  /** Set only when the request was verified as Slack's (MCP_AUTH=slack): then `_meta.slack` is believed. */
  trustSlackIdentity: boolean;
  /** Whose allowance an anonymous caller draws on (its address; `stdio` for the local process). */
  fallbackKey: string;
}

export interface McpServices {
  kb: KnowledgeBase;
  tools: readonly McpTool[];
  logger: Logger;
  metrics?: Metrics;
  /** The saved preferences and ticks of a Slack user, as the app keeps them; absent: no store (stdio). */
  userContext?: (who: SlackIdentity) => Promise<UserContext>;
  /** Takes one call's token from a caller's allowance: 0 if allowed, else seconds to wait. Absent: no limit. */
  takeToken?: (key: string) => Promise<number>;
}

export const serverInfo = { name: "career-advisor", version: "0.1.0" };

const instructions =
  "Career Advisor: cited knowledge about tech roles (what they do, pay by level and US location, skills, career paths, skill gaps, market trends). Every figure carries its source and as-of year; quote them with the figure. Roles it has not curated are errors, never another role's figures: call list_roles to see what it covers.";

/**
 * One JSON Schema validator for every server: the SDK makes a new Ajv instance per Server otherwise, which
 * cost about 4 ms of each stateless request (a new server per request); these servers never ask the client
 * for input, so they never use it.
 */
const jsonSchemaValidator = new AjvJsonSchemaValidator();

/** A tool's definition as tools/list gives it, its zod schemas as JSON Schema: computed once per tool. */
const definitions = new WeakMap<McpTool, Tool>();
function definitionOf(tool: McpTool): Tool {
  let d = definitions.get(tool);
  if (!d) {
    d = {
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: z.toJSONSchema(tool.input, { target: "draft-7", io: "input" }) as Tool["inputSchema"],
      outputSchema: z.toJSONSchema(tool.output, { target: "draft-7", io: "output" }) as Tool["outputSchema"],
      annotations: { title: tool.title, readOnlyHint: true, openWorldHint: false },
    };
    definitions.set(tool, d);
  }
  return d;
}

/** The signed Slack identity a request carries in `_meta.slack`, if it has a user. */
export function slackIdentityOf(meta: unknown): SlackIdentity | undefined {
  const slack = (meta as { slack?: Record<string, unknown> } | undefined)?.slack;
  const text = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length <= 64 ? v : undefined);
  const userId = text(slack?.user_id);
  if (!userId) return undefined;
  const teamId = text(slack?.team_id);
  const enterpriseId = text(slack?.enterprise_id);
  return { userId, ...(teamId ? { teamId } : {}), ...(enterpriseId ? { enterpriseId } : {}) };
}

function errorResult(text: string): CallToolResult {
  return { content: [{ type: "text", text }], isError: true };
}

/** What is wrong with the arguments, field by field, in words. */
function argumentProblems(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join(".") : "arguments"}: ${i.message}`)
    .join("; ");
}

/**
 * An MCP server offering `services.tools` to one caller (one HTTP request, or the stdio process). The low
 * level Server rather than McpServer, so that every call, invalid ones included, passes through one place
 * that validates with the tool's zod schema, rate-limits, times and logs it.
 */
export function createMcpServer(services: McpServices, caller: McpCaller): Server {
  const server = new Server(serverInfo, { capabilities: { tools: {} }, instructions, jsonSchemaValidator });
  const byName = new Map(services.tools.map((t) => [t.name, t]));

  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: services.tools.map(definitionOf) }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const started = performance.now();
    const name = request.params.name;
    const tool = byName.get(name);
    const identity = caller.trustSlackIdentity ? slackIdentityOf(request.params._meta) : undefined;
    const count = (outcome: McpCallOutcome) => {
      const seconds = (performance.now() - started) / 1000;
      // A tool the server does not have is one label, whatever name was sent.
      const label = tool ? name : "unknown";
      services.metrics?.mcpCall(label, outcome, seconds);
      services.logger.debug("mcp tool call", {
        tool: label,
        outcome,
        duration_ms: Math.round(seconds * 1e5) / 100,
        ...(identity?.teamId ? { team: identity.teamId } : {}),
      });
    };
    const done = (outcome: McpCallOutcome, result: CallToolResult) => {
      count(outcome);
      return result;
    };
    if (!tool) {
      count("invalid");
      throw new McpError(
        ErrorCode.InvalidParams,
        `There is no tool called ${echo(name)}; tools/list names them all.`,
      );
    }
    const key = identity
      ? `mcp:${identity.teamId ?? identity.enterpriseId ?? ""}:${identity.userId}`
      : `mcp:${caller.fallbackKey}`;
    // As for mentions: if the store cannot say, the call goes through.
    const wait = services.takeToken ? await services.takeToken(key).catch(() => 0) : 0;
    if (wait > 0) {
      services.logger.warn(`rate limit: MCP caller ${key} must wait ${wait} s`);
      return done(
        "rate_limited",
        errorResult(
          `Too many calls: this caller is sending them faster than the advisor answers. Try again in ${wait} second${wait === 1 ? "" : "s"}.`,
        ),
      );
    }
    const parsed = tool.input.safeParse(request.params.arguments ?? {});
    if (!parsed.success)
      return done(
        "invalid",
        errorResult(
          `Invalid arguments for ${name}: ${argumentProblems(parsed.error)}. See its input schema.`,
        ),
      );
    try {
      const user =
        tool.personal && identity && services.userContext
          ? await services.userContext(identity)
          : anonymousUser;
      const outcome = await tool.run(parsed.data, { kb: services.kb, user, known: user !== anonymousUser });
      if (!outcome.ok) return done(outcome.reason, errorResult(outcome.text));
      // Parsed through the output schema: only what it declares goes out, and a mismatch is a fault here.
      const structuredContent = tool.output.parse(outcome.data) as Record<string, unknown>;
      return done("ok", { content: [{ type: "text", text: outcome.text }], structuredContent });
    } catch (error) {
      services.logger.error(`mcp: ${name} failed: ${(error as Error).stack ?? error}`);
      return done("error", errorResult(`${name} failed inside the advisor; the operator's logs say why.`));
    }
  });
  return server;
}
