import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A follow-up that works in its plain form keeps working with one word more, an abbreviation or a
// contraction: the extra word is never taken for what the question is about.
const answer = lastAnswerText;

describe("a follow-up with a word more than its plain form", () => {
  it("reads chat's 'w/' as 'with', in a command and in a question", () => {
    expect(answer("devops engineer salary", "compare w/ sre")).toContain(
      "DevOps Engineer vs Site Reliability Engineer",
    );
    expect(answer("how does devops compare w/ sre")).toContain(
      "DevOps Engineer vs Site Reliability Engineer",
    );
    // And the thread then holds both roles.
    expect(answer("devops engineer salary", "compare w/ sre", "which has better job growth")).toContain(
      "Outlook for a Site Reliability Engineer",
    );
  });

  it("takes 'instead' after a role's first word as nothing of its own", () => {
    const text = answer("front end to back end worth it?", "what about mobile instead");
    expect(text).toContain("From Front-End Developer to Mobile Developer");
    expect(text).not.toContain("nothing on");
  });

  it("reads 'tell me more about the second one' as the pick it opens with", () => {
    const text = answer("mobile dev vs front end salary", "tell me more about the second one");
    expect(text).toMatch(/^Front-End Developer pay/);
    expect(text).not.toContain("ML trends");
  });

  it("describes the one picked after two roles compared", () => {
    for (const followUp of ["tell me more about the first one", "explain the first one"]) {
      const text = answer("compare sre and devops", followUp);
      expect(text).toContain("What a Site Reliability Engineer does");
      expect(text).not.toContain("Pick what you want to know");
    }
  });

  it("reads where'd u get that as a question of sources", () => {
    for (const followUp of ["where'd u get that", "where’d you find those numbers", "where u get that from"])
      expect(answer("mle salary", followUp)).toContain(
        "Where the last answer about Machine Learning Engineer comes from",
      );
  });

  it("reads a role's future as its outlook", () => {
    for (const followUp of ["future looking good?", "future?", "whats the future like"]) {
      const text = answer("what does a systems analyst do", followUp);
      expect(text).toContain("Outlook for a Computer Systems Analyst");
      expect(text).not.toContain("nothing on");
    }
  });

  it("reads 'is it mostly management' as a question about the role's work, never a title", () => {
    const text = answer("tell me about lead ml engineers", "is it mostly management");
    expect(text).toContain(
      "The sources do not say how much of a Lead Machine Learning Engineer's work is management",
    );
    expect(text).toContain("What a Lead Machine Learning Engineer does");
    expect(text).not.toContain("I don't cover");
    expect(answer("tell me about product managers", "is the job mainly management")).toContain(
      "What a Product Manager does",
    );
    // Where the work is done is no share of its duties: what the knowledge has on remote work.
    expect(answer("what does a cloud architect do", "is it mostly remote")).toContain(
      "The knowledge base has no figures on “remote” for Cloud Architect",
    );
  });
});
