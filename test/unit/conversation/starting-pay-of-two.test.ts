import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "whats starting pay look like in columbus oh" after front end vs full stack: both roles' pay at the entry
// level, saying there are no Columbus (Ohio) figures and showing the national ones, not how to get started.
describe("starting pay asked after two roles were compared", () => {
  it("sets both roles' pay side by side, saying the place and the level have no figures", () => {
    const text = lastAnswerText(
      "front end or full stack — which gives me better odds of actually getting hired?",
      "whats starting pay look like in columbus oh",
    );
    expect(text).toMatch(/^Pay: Front-End Developer vs Full Stack Developer/);
    expect(text).toContain("No figures for Ohio for Front-End Developer or Full Stack Developer.");
    expect(text).toContain("no entry level figure");
    expect(text).not.toContain("not for the two combined");
  });
});
