import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { expect, it as vitestIt } from "vitest";
import { exampleArguments, textOf } from "./mcp.js";

type Figure = { label: string; value: string; citation: { label: string; asOf: string } };

/** Every figure in a structured result: an object with a value and its citation. */
function figuresIn(node: unknown, found: Figure[] = []): Figure[] {
  if (Array.isArray(node)) for (const n of node) figuresIn(n, found);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (typeof o.value === "string" && o.citation && typeof o.citation === "object") found.push(o as Figure);
    for (const v of Object.values(o)) figuresIn(v, found);
  }
  return found;
}

/**
 * What every transport must give a client: the tools with their schemas, each tool's answer with every
 * figure's source, and bad input answered with MCP errors. `client()` is the connected SDK client.
 */
export function toolContract(client: () => Client): void {
  // Many calls per test, on machines shared with other work.
  const it = (name: string, fn: () => Promise<void>) => vitestIt(name, fn, 60_000);
  it("lists every tool with its description, input schema and output schema", async () => {
    const { tools } = await client().listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(Object.keys(exampleArguments).sort());
    for (const tool of tools) {
      expect(tool.description?.length ?? 0).toBeGreaterThan(80);
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.outputSchema?.type).toBe("object");
      expect(Object.keys(tool.outputSchema?.properties ?? {}).length).toBeGreaterThan(0);
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
    const pay = tools.find((t) => t.name === "role_pay");
    expect(Object.keys(pay?.inputSchema.properties ?? {})).toEqual(["role", "level", "location"]);
    expect(pay?.description).toMatch(/no company-specific pay beyond/);
    const compare = tools.find((t) => t.name === "compare_roles");
    expect(compare?.inputSchema.required).toEqual(["roles"]);
  });

  it("answers each tool with structured content and text that gives every figure its source and year", async () => {
    let figures = 0;
    for (const [name, args] of Object.entries(exampleArguments)) {
      // The SDK's client checks structuredContent against the tool's output schema as it receives it.
      const result = await client().callTool({ name, arguments: args });
      expect(result.isError, `${name}: ${textOf(result)}`).toBeFalsy();
      expect(result.structuredContent, name).toBeDefined();
      const text = textOf(result);
      for (const f of figuresIn(result.structuredContent)) {
        expect(f.citation.label, `${name}: ${f.label}`).not.toBe("");
        expect(f.citation.asOf, `${name}: ${f.label}`).not.toBe("");
        const cited =
          f.citation.asOf === "undated" ? f.citation.label : `${f.citation.label}, ${f.citation.asOf}`;
        expect(text, `${name}: ${f.label}`).toContain(`${f.value} (${cited}`);
        figures++;
      }
    }
    expect(figures).toBeGreaterThan(40);
  });

  it("gives the figure asked for, cited: a senior ML engineer in Seattle", async () => {
    const result = await client().callTool({ name: "role_pay", arguments: exampleArguments.role_pay });
    const pay = result.structuredContent as { role: { name: string }; answer?: Figure; gaps: string[] };
    expect(pay.role.name).toBe("Machine Learning Engineer");
    expect(pay.answer).toMatchObject({ value: "$173,517", citation: { label: "AiPathly", asOf: "2024" } });
    expect(textOf(result)).toContain("$173,517 (AiPathly, 2024)");
    expect(pay.gaps.join(" ")).toMatch(/not for the two combined/);
  });

  it("compares three roles, each with its own pay figures", async () => {
    const result = await client().callTool({
      name: "compare_roles",
      arguments: exampleArguments.compare_roles,
    });
    const c = result.structuredContent as { roles: { id: string }[]; pay: { role: { id: string } }[] };
    expect(c.roles).toHaveLength(3);
    expect(c.pay.map((p) => p.role.id)).toEqual(c.roles.map((r) => r.id));
  });

  it("answers an unknown role with an error result that names it and gives no figures", async () => {
    for (const [name, args] of [
      ["role_overview", { role: "quantum baker" }],
      ["role_pay", { role: "quantum baker", location: "Seattle" }],
      ["compare_roles", { roles: ["mle", "quantum baker"] }],
      ["skill_gap", { from: "quantum baker", to: "mle" }],
      ["career_path", { role: "nurse" }],
    ] as const) {
      const result = await client().callTool({ name, arguments: args });
      expect(result.isError, name).toBe(true);
      expect(result.structuredContent, name).toBeUndefined();
      const text = textOf(result);
      expect(text, name).toMatch(/quantum baker|Nurse/);
      expect(text, name).toMatch(/never another role's/);
      expect(text, name).not.toMatch(/\$\d/);
    }
  });

  it("answers wrong types, oversized strings and wrong counts with errors naming the argument", async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["role_overview", { role: 42 }, /role: .*expected string/],
      ["role_overview", {}, /role: .*expected string/],
      ["compare_roles", { roles: "mle swe" }, /roles: .*expected array/],
      ["compare_roles", { roles: ["mle"] }, /roles: name two or three roles/],
      ["compare_roles", { roles: ["mle", "swe", "sre", "dse"] }, /roles: compare at most three roles/],
      [
        "role_pay",
        { role: "mle", location: "x".repeat(10_240) },
        /location: a location is at most 100 characters/,
      ],
      ["compare_roles", { roles: ["mle", "y".repeat(10_240)] }, /roles\.1: a role is at most 100 characters/],
      ["role_overview", { role: "<!channel>" }, /role: a role has no < or >/],
    ];
    for (const [name, args, problem] of cases) {
      const result = await client().callTool({ name, arguments: args });
      expect(result.isError, `${name} ${JSON.stringify(args).slice(0, 60)}`).toBe(true);
      expect(textOf(result)).toMatch(/^Invalid arguments for /);
      expect(textOf(result)).toMatch(problem);
      // The 10 KB string is not echoed back.
      expect(textOf(result).length).toBeLessThan(500);
    }
  });

  it("refuses a tool it does not have with an MCP protocol error", async () => {
    await expect(client().callTool({ name: "company_salaries", arguments: {} })).rejects.toThrow(
      /-32602.*no tool called "company_salaries"/,
    );
  });
}
