import { describe, expect, it } from "vitest";
import { isMedian } from "../../src/advisor/parts/answer-parts.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { realKnowledge } from "../support/knowledge.js";
import { lastAnswerText } from "../support/questions.js";

// A thread's frame (a move) dropped for a new role, roles asked about in turn weighed together, a pay
// verdict over three roles whose figures run across one another, and open "what next" questions.
const answer = lastAnswerText;
const kb = realKnowledge();
const role = (id: string) => kb.roleById.get(id) as Role;
const usd = (n: number) => `$${n.toLocaleString("en-US")}`;
const medians = (id: string) => {
  const found = (role(id).salary?.government ?? []).filter(isMedian).map((f) => f.value as number);
  expect(found.length).toBeGreaterThan(0);
  return found;
};

describe("'forget that' drops the thread's move", () => {
  it("asks what the new role is after a move and its reverse", () => {
    const text = answer(
      "thinking of going from sysadmin to devops",
      "what about the reverse",
      "ok forget that, what about sre",
    );
    expect(text).toContain("What a Site Reliability Engineer does");
    expect(text).not.toContain("From DevOps Engineer");
  });

  it("keeps a question of its own", () => {
    const text = answer("swe to mle", "never mind, how much does a dba make");
    expect(text).toContain("Database Administrator pay");
    expect(text).not.toContain("From ");
  });
});

describe("a role named after an uncovered occupation takes the question asked", () => {
  it("gives SRE's pay after a platform engineer's pay was asked", () => {
    const text = answer("what does a platform engineer make", "ok then sre");
    expect(text).toContain("Site Reliability Engineer pay");
    for (const m of medians("site-reliability-engineer")) expect(text).toContain(usd(m));
  });
});

describe("roles asked about one at a time", () => {
  it("are weighed together by growth, not every role ranked", () => {
    const text = answer("frontend dev pay?", "and backend", "full stack?", "which grows fastest");
    expect(text).not.toContain("Fastest growing roles");
    for (const name of ["Front-End Developer", "Back-End Developer", "Full Stack Developer"])
      expect(text).toContain(name);
    expect(text).not.toContain("Data Analyst");
  });
});

describe("a pay verdict over three roles", () => {
  it("names none as paying most where another's medians run across its figure", () => {
    const text = answer("devops vs sre vs cloud architect", "which pays best");
    expect(text).not.toContain("Cloud Architect pays most");
    const devops = medians("devops-engineer");
    expect(text).toContain(`run from ${usd(Math.min(...devops))} to ${usd(Math.max(...devops))}`);
    expect(text).toContain("do not show which pays most");
  });
});

describe("open 'what next' questions", () => {
  it("offers moves from the thread's role", () => {
    const text = answer("is dba a dying career", "what should i move to then");
    expect(text).toContain("Which role do you want to move to from Database Administrator?");
    for (const id of role("database-administrator").related.slice(0, 2))
      expect(text).toContain(`gap database administrator to ${role(id).name.toLowerCase()}`);
  });

  it("picks the IT role that asks least to enter after IT's ranking", () => {
    const text = answer("is IT dying lol", "which one should i start with");
    expect(text).toContain("IT Support Specialist needs the least education to enter");
    expect(text).toContain("The others typically need");
  });
});

describe("after the IT role to start with is picked", () => {
  const start = ["is IT dying lol", "which one should i start with"];
  const median = (id: string) => Math.min(...medians(id));

  it("asks that role's pay", () => {
    const text = answer(...start, "how much does that pay");
    expect(text).toContain("IT Support Specialist pay");
    expect(text).toContain(usd(median("it-support-specialist")));
    expect(text).not.toContain("Database Administrator");
  });

  it("moves on from it into security", () => {
    const text = answer(...start, "how much does that pay", "could i later go into security from there");
    expect(text).toContain("From IT Support Specialist to Information Security Analyst");
    expect(text).toContain(usd(median("security-analyst")));
  });
});
