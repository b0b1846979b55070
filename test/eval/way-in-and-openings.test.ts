import { describe, expect, it } from "vitest";
import { answerUnderstood } from "../../src/advisor/ask.js";
import type { Role } from "../../src/knowledge/core/schema.js";
import { itRoles } from "../../src/knowledge/it-roles.js";
import { socOf } from "../../src/official/data.js";
import { renderText } from "../../src/render/plain-text.js";
import { realKnowledge } from "../support/knowledge.js";
import { answerText, lastAnswerText, understand } from "../support/questions.js";

// What IT covers, which of several roles has the most openings, the way in after an
// occupation and for a new graduate, "tell me more" after a ranking, a move whose start is only "analyst".
const kb = realKnowledge();
const official = (id: string) => kb.official?.bySoc.get(socOf((kb.roleById.get(id) as Role).onet[0] ?? ""));
const openings = (id: string) =>
  `about ${Math.round((official(id)?.outlook?.openingsThousands ?? 0) * 1000).toLocaleString("en-US")}`;

describe("what IT is and which jobs count", () => {
  it("is the IT definition with its roles, never a pay ranking", () => {
    for (const asked of [
      "<@U0CAREER> whats IT exactly, like which jobs count",
      "what jobs count as IT",
      "what is IT?",
      "which roles are part of IT",
    ]) {
      const text = answerText(asked);
      expect(text, asked).toContain("information technology");
      for (const role of itRoles(kb)) expect(text, asked).toContain(role.name);
      expect(text, asked).not.toContain("Best paid roles");
    }
  });

  it("still ranks IT jobs by pay when pay is asked", () => {
    expect(answerText("what IT jobs pay best")).toContain("Best paid IT roles");
  });
});

describe("which of several roles has the most openings", () => {
  it("weighs BLS's projected openings each year, the most first", () => {
    const text = lastAnswerText("sysadmin vs network admin vs it support", "which has the most openings");
    expect(text).toContain("IT Support Specialist has the most");
    expect(text).toContain(`IT Support Specialist ${openings("it-support-specialist")}`);
    expect(text).toContain(`System Administrator ${openings("system-administrator")}`);
    expect(text).not.toContain("declines least");
  });

  it("says where one occupation counts them all", () => {
    expect(lastAnswerText("data scientist vs data analyst", "which one is hiring more")).toContain(
      "BLS counts these in one occupation",
    );
  });

  it("ranks two roles named by their openings and employment when asked which has more jobs", () => {
    const text = answerText("ml or backend, which has more jobs");
    expect(text).toContain(
      `Back-End Developer has more: Back-End Developer ${openings("back-end-developer")}`,
    );
    expect(text).toContain(`Machine Learning Engineer ${openings("machine-learning-engineer")}`);
    expect(text).toContain("By people employed (BLS OEWS, May 2025), Back-End Developer has more");
    expect(text).not.toContain("What they do:");
    const shared = answerText("devops or sre which one has more jobs");
    expect(shared).toContain("BLS counts these in one occupation (computer occupations, all other)");
    expect(shared).toContain("That occupation employs");
  });

  it("still weighs growth when growth is asked", () => {
    expect(lastAnswerText("sysadmin vs it support", "which grows faster")).toContain("declines less");
  });
});

describe("the way in", () => {
  it("after an occupation, 'which would be easiest to get into' lists the roles that need least, IT support first", () => {
    // (The tests' knowledge holds the curated roles' occupations only, so the nurse's thread is set by hand;
    // the eval's tuning items ask it whole.)
    const u = { ...understand("which would be easiest to get into"), threadOccupation: "29-1141" };
    const text = renderText(answerUnderstood(kb, u));
    expect(text).toContain("need the least to enter");
    expect(text.indexOf("IT Support Specialist")).toBeGreaterThan(-1);
    expect(text.indexOf("IT Support Specialist")).toBeLessThan(text.indexOf("Software Engineer"));
    expect(text).not.toContain("Registered Nurses");
  });

  it("for a new graduate, the roles open without related work experience, and what that rests on", () => {
    const text = answerText("im a new grad w a cs degree, what role should i aim for");
    expect(text).toContain("For a new graduate");
    expect(text).toContain("no related work experience");
    expect(text).toContain("IT Support Specialist");
    expect(text).toContain("all the knowledge can base it on");
    expect(text).not.toContain("Engineering Manager");
  });
});

describe("'tell me more' after a ranking", () => {
  it("describes the role picked, not its pay again", () => {
    const text = lastAnswerText("highest paying tech jobs", "tell me more about the third one");
    expect(text).toMatch(/^What an? .+ does:/);
    expect(text).not.toMatch(/ pay:/);
  });

  it("keeps pay when pay is what more is asked of", () => {
    expect(lastAnswerText("ml engineer salary", "tell me more about the pay")).toContain(
      "Machine Learning Engineer pay",
    );
  });
});

describe("a move whose start is only a kind of role", () => {
  it("asks which analyst, each option the whole move", () => {
    const text = answerText("analyst on my team wants to become a data scientist, what should she learn");
    expect(text).toContain("Which analyst is the move to Data Scientist from?");
    expect(text).toContain("gap data analyst to data scientist");
  });

  it("compares both sides when the thread's start is Data Analyst", () => {
    const text = lastAnswerText("data analyst to data scientist", "how much more would she make");
    expect(text).toContain("Data Analyst");
    expect(text).toContain("Data Scientist");
    expect(text).toContain(`$${official("data-scientist")?.pay?.median?.toLocaleString("en-US")}`);
  });

  it("asks nothing back when no start is said", () => {
    expect(answerText("i want to become a data scientist")).not.toContain("Which");
  });
});
