import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// A reply that picks one row of a list shown and sets it against the role the thread is on
// ("how does it compare w the first" after "third one — whats the path to it") compares the two, never asks
// "compare with which role?"; one role picked with its pay asked ("the last one, pay in austin?") is its pay.

describe("a pick set against the role the thread is on", () => {
  it("compares the role picked before with the first row of the ranking", () => {
    const answer = lastAnswerText(
      "what are the top paying roles u know about",
      "third one — whats the path to it",
      "how does it compare w the first",
    );
    expect(answer).toContain("Distinguished Machine Learning Engineer vs Engineering Manager");
    expect(answer).not.toContain("with which role?");
  });

  it("reads 'compare it to the top one', 'vs the first?' and 'than the first one' the same way", () => {
    const compared = lastAnswerText("best paid roles", "the 3rd one", "compare it to the top one");
    expect(compared).toContain("Distinguished Machine Learning Engineer vs Engineering Manager");
    const versus = lastAnswerText(
      "what are the fastest growing roles",
      "4th one - how do i get in",
      "vs the first?",
    );
    expect(versus).toContain("Information Security Analyst vs Data Analyst");
    const paid = lastAnswerText(
      "what are the fastest growing roles",
      "4th one - how do i get in",
      "does it pay more than the first one",
    );
    expect(paid).toContain("Pay: Information Security Analyst vs Data Analyst");
  });
});

describe("one role picked, its pay asked", () => {
  it("answers the last of three roles weighed with its pay, saying there is none for Austin", () => {
    const answer = lastAnswerText(
      "compare security analyst, security engineer and network architect",
      "which of them is growing the fastest",
      "and easiest to break into?",
      "the last one, pay in austin?",
    );
    expect(answer).toContain("Network Architect pay");
    expect(answer).toContain("no Texas (Austin, Dallas) figure for Network Architect");
    expect(answer).not.toContain("with which role?");
  });

  it("answers 'the middle one, how much in nyc' after a pay comparison of three with that role's pay", () => {
    const answer = lastAnswerText(
      "devops vs sre vs cloud architect",
      "which pays best",
      "the middle one, how much in nyc",
    );
    expect(answer).toContain("Site Reliability Engineer pay");
    expect(answer).not.toContain("DevOps Engineer");
  });
});
