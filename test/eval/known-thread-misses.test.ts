import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Misreadings found in earlier evaluations: a platform word opening a move, jobs counted after a comparison,
// a pick past the end of the roles set out, a level or a place asked after a pay comparison, and a pick
// closing a question that starts with a command's word.

describe("a platform word opening a move", () => {
  it.each(["android to backend", "ios to backend", "android to backend dev, how hard?"])(
    "starts the move at Mobile Developer: %s",
    (q) => {
      expect(answerText(q)).toMatch(/^From Mobile Developer to Back-End Developer$/m);
    },
  );
});

describe("jobs counted after two roles set side by side", () => {
  it.each(["which one has more jobs available", "which has more positions open", "which one has more jobs"])(
    "weighs the two roles' openings: %s",
    (q) => {
      const text = lastAnswerText("data scientist vs data engineer", q);
      expect(text).toContain("On BLS's projected openings each year, 2024–34, Data Scientist has more");
      expect(text).not.toContain("What they do");
    },
  );
});

describe("a pick past the end of the roles set out", () => {
  it.each(["the third one, outlook?", "what about the third one", "tell me more about the 3rd one"])(
    "names the two and asks which: %s",
    (q) => {
      const text = lastAnswerText("devops vs sre", q);
      expect(text).toContain(
        "There were only two: DevOps Engineer and Site Reliability Engineer. Which do you mean?",
      );
    },
  );

  it("goes on with the question for the one then picked", () => {
    const text = lastAnswerText(
      "data scientist vs data engineer",
      "the third one, outlook?",
      "the second one",
    );
    expect(text).toContain("Outlook for a Software Data Engineer");
  });

  it("answers the third of three", () => {
    const text = lastAnswerText("frontend vs backend vs full stack", "the third one, outlook?");
    expect(text).toContain("Outlook for a Full Stack Developer");
  });
});

describe("a level or a place asked after a pay comparison", () => {
  it.each(["what about senior?", "senior?"])("keeps the comparison at that level: %s", (q) => {
    const text = lastAnswerText("mle vs data scientist pay", q);
    expect(text).toContain("Pay: Machine Learning Engineer vs Data Scientist");
    expect(text).toContain("Only Machine Learning Engineer has a senior level figure");
  });

  it("says neither side has a figure at a level where none has", () => {
    const text = lastAnswerText("frontend vs backend pay", "what about junior?");
    expect(text).toContain("Pay: Front-End Developer vs Back-End Developer");
    expect(text).toContain("Neither has an entry level figure");
  });

  it.each(["and in london?", "in denver?"])("says a place with no figures once, both sides kept: %s", (q) => {
    const text = lastAnswerText("devops vs sre salary", q);
    expect(text).toContain("Pay: DevOps Engineer vs Site Reliability Engineer");
    expect(text).toMatch(/No figures for (London|Denver).* for DevOps Engineer or Site Reliability Engineer/);
  });
});

describe("a pick closing a question that starts with a command's word", () => {
  it.each(["skills for the last one", "skills for the third one"])("is no role's name: %s", (q) => {
    const text = lastAnswerText("devops vs sre vs cloud architect", q);
    expect(text).toContain("Skills for a Cloud Architect");
    expect(text).not.toContain("I don't know a role called");
  });

  it("takes the last role of a chain, the thread's current one", () => {
    const text = lastAnswerText(
      "how do i become a data engineer",
      "what about data architect",
      "skills for the last one",
    );
    expect(text).toContain("Skills for a Data Architect");
  });
});
