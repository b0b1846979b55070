import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Threads not seen while tuning: follow-ups that got the comparison again, one role's pay, a question back or
// the list of every role, where the thread said which roles and what was asked of them.
describe("follow-ups read in their thread", () => {
  it("being paged at 3am is on-call duty, which no source covers for either role compared", () => {
    const text = lastAnswerText(
      "whats the actual difference between a network admin and a sysadmin",
      "which of them gets paged at 3am more",
    );
    expect(text).toContain(
      "The knowledge base has nothing on on-call duty for a Network Administrator or a System Administrator",
    );
  });

  it("the pay gap between the two roles in a place sets both side by side", () => {
    const text = lastAnswerText(
      "whats the actual difference between a network admin and a sysadmin",
      "which of them gets paged at 3am more",
      "ok and the pay gap between them in salt lake city",
    );
    expect(text).toContain("Pay: Network Administrator vs System Administrator");
    expect(text).toContain("No figures for Utah for Network Administrator or System Administrator");
  });

  it("what analysts make in a city asks which analyst, and 'computer systems' picks the systems analyst", () => {
    expect(lastAnswerText("what do analysts make in columbus")).toContain("Which analyst do you mean?");
    const text = lastAnswerText("what do analysts make in columbus", "computer systems");
    expect(text).toContain("Computer Systems Analyst pay");
    expect(text).not.toContain("Which computer role");
  });

  it("years after a role's pay are that pay that far in; 'the same for remote' is its remote pay", () => {
    const years = lastAnswerText("what does a junior qa engineer make", "after like 5 yrs?");
    expect(years).toContain("“5 yrs” is left aside");
    expect(years).toContain("QA Engineer pay");
    const remote = lastAnswerText(
      "what does a junior qa engineer make",
      "after like 5 yrs?",
      "is that the same for remote roles",
    );
    expect(remote).toContain("no remote pay figures for QA Engineer");
    expect(remote).not.toContain("Roles I know");
    expect(lastAnswerText("data engineer salary", "and with 3 years?")).toContain("“3 years” is left aside");
  });

  it("going back to IC after an EM is the move back; then its pay against a senior dev's", () => {
    const thread = [
      "how many yoe do ppl usually have before they become an em",
      "is it a demotion if you go back to ic after",
    ];
    expect(lastAnswerText(...thread)).toContain("From Engineering Manager to Software Engineer");
    const pay = lastAnswerText(...thread, "does it pay less than just staying a senior dev");
    expect(pay).toContain("Engineering Manager pay");
    expect(pay).toContain("Software Engineer pay");
  });

  it("the role right below a role is its path, whose ladder names it", () => {
    const text = lastAnswerText(
      "/career distinguished ml engineer",
      "how many ppl actually get there lol",
      "whats the role right below it",
    );
    expect(text).toContain("Career path for a Distinguished Machine Learning Engineer");
    expect(text).toContain("Ladder:");
    expect(text).not.toContain("Roles I know");
  });
});
