import { describe, expect, it } from "vitest";
import { officialLayerInstalled, saidWithLayer } from "../support/official-layer.js";

// A job held outside tech, said first ("im a teacher"), then one role asked of ("what does a data analyst
// make"): the way "from where i am", or what carries over, is the move from the job held (before: the way
// into the role from nothing, the job held dropped once a role was asked of).
describe.skipIf(!officialLayerInstalled)("a job held, kept while one role is weighed", () => {
  it("starts the way from where one is", () => {
    const cases: [string[], string][] = [
      [
        ["im a teacher", "what does a data analyst make", "how would i get there from where i am"],
        "From teacher to Data Analyst",
      ],
      [
        ["im a teacher", "how much do qa engineers make", "does any of it carry over"],
        "From teacher to QA Engineer",
      ],
      [
        ["im a nurse", "what does a data analyst make", "how do i get there from my current job"],
        "From Registered Nurses to Data Analyst",
      ],
    ];
    for (const [messages, move] of cases) {
      const text = saidWithLayer(...messages);
      expect(text, messages.at(-1)).toContain(move);
      expect(text, messages.at(-1)).not.toContain("How to become");
    }
  });

  it("leaves another role's pay asked again as pay", () => {
    expect(saidWithLayer("im a teacher", "what does a data analyst make", "and a data scientist?")).toContain(
      "Data Scientist pay:",
    );
  });

  it("answers a title of several occupations wanting into tech with the ways in, not which one", () => {
    const text = saidWithLayer("i'm a teacher, thinking about getting into tech");
    expect(text).toContain("To get into tech from teacher");
    expect(text).not.toContain("Which one?");
  });
});
