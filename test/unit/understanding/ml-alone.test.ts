import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/understanding/command-grammar.js";
import { realKnowledge } from "../../support/knowledge.js";
import { lastAnswerText } from "../../support/questions.js";

// "/career ml", "ml", "ML?" got the ML engineer's duties, not its card: a field's short name as the whole
// message names its role, as "mle" does.
describe("a field's short name alone", () => {
  it.each(["ml", "ML?", "ml pls", "/career ml"])("%s: the Machine Learning Engineer card", (typed) => {
    const text = lastAnswerText(typed);
    expect(text).toMatch(/^Machine Learning Engineer\n=+/);
    expect(text).toContain("Related roles: Lead Machine Learning Engineer");
  });

  it.each(["hey /career ml", "quick question: /career ml", "/carrer ml"])(
    "%s: the command's name after a hello or misspelt is no word of the question",
    (typed) => {
      expect(lastAnswerText(typed)).toMatch(/^Machine Learning Engineer\n=+/);
    },
  );

  it("leaves 'ai' alone to the question pipeline", () => {
    expect(parseCommand(realKnowledge(), "ai").kind).toBe("ask");
  });

  it("still asks the thread's question of the role in a thread", () => {
    expect(lastAnswerText("what does a swe make", "ml?")).toContain("Machine Learning Engineer pay:");
  });
});

// fixB: "ml jobs vs ai jobs, which pays more" ranked the best paid ML roles alone: the field's jobs set
// against each other are the two names of one role here, as "ml vs ai pay" is, and said so.
describe("the field's jobs set against each other", () => {
  it.each([
    "ml jobs vs ai jobs, which pays more",
    "do ml jobs or ai jobs pay more",
    "AI roles vs ML roles salary",
  ])("%s: both names read as one role, which other AI role asked", (typed) => {
    expect(lastAnswerText(typed)).toContain("“ML” and “AI” both read as Machine Learning Engineer here");
  });

  it("sets the field's jobs against another role's, and still ranks or weighs the field's jobs alone", () => {
    expect(lastAnswerText("ml jobs vs devops jobs which pays more")).toContain(
      "Pay: Machine Learning Engineer vs DevOps Engineer",
    );
    expect(lastAnswerText("best paid ml jobs")).toContain("Best paid roles (ml)");
    expect(lastAnswerText("are ml jobs growing")).toContain("Demand for ML engineers");
  });
});
