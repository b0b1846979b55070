import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { thread } from "../support/questions.js";

// Follow-ups of a fresh user about what was just shown: the figures of a pay answer (tax, period, currency,
// bonus), its sources, a comparison with one role named, the day-to-day of two roles, and what the
// knowledge has nothing on.
const answer = (...messages: string[]) => renderText(thread(...messages).at(-1) as Answer);

describe("a comparison command that names one role in a thread about another", () => {
  it("compares the role named with the thread's role", () => {
    for (const compare of ["compare with backend", "compare to backend", "compare backend"]) {
      const text = answer("devops engineer salary", compare);
      expect(text).toContain("DevOps Engineer vs Back-End Developer");
      expect(text).not.toContain("needs a fix");
    }
  });

  it("then weighs both roles' outlooks", () => {
    const text = answer("devops engineer salary", "compare with backend", "which one has the better outlook");
    expect(text).toContain("Back-End Developer grows faster");
    expect(text).toContain("Outlook for a DevOps Engineer");
    expect(text).toContain("Outlook for a Back-End Developer");
  });

  it("still asks for two roles with no thread to give the other", () => {
    expect(answer("compare with backend")).toContain("name two or three roles");
  });
});
