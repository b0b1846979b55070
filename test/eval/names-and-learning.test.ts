import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/advisor/answers.js";
import { renderText } from "../../src/render/plain-text.js";
import { thread, understand } from "../support/questions.js";

const answer = (...messages: string[]) => renderText(thread(...messages).at(-1) as Answer);

describe("what to learn for one role", () => {
  it("never reads a word of a kind of skill as a misspelt role name", () => {
    for (const q of ["best programming language to learn for backend", "best programing language for backend"])
      expect(understand(q).entities.roles.map((r) => r.id)).toEqual(["back-end-developer"]);
  });

  it("answers the role's skills, the kind of skill asked first", () => {
    const text = answer("best programming language to learn for backend");
    expect(text).toContain("Programming languages a Back-End Developer works with");
    expect(text).not.toContain("From Software Engineer");
    for (const q of ["what should i learn for backend", "what backend stuff should i pick up"])
      expect(answer(q)).toContain("Skills for a Back-End Developer");
  });

  it("reads the role a follow-up names in a thread about a move, not a challenge of ML", () => {
    const text = answer("frontend to fullstack how hard", "what backend stuff should i pick up");
    expect(text).toContain("Skills for a Back-End Developer");
    expect(text).not.toContain("Common challenges");
  });

  it("leaves a move and a question of time as they were", () => {
    expect(answer("what should I learn to become an ML engineer")).toContain(
      "How to become a Machine Learning Engineer",
    );
    expect(answer("what do I need to learn to go from data engineer to ml engineer")).toContain("From ");
  });
});
