import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../../support/questions.js";

// Where to live, what rent costs or what gear to buy, with nothing of a career named, is declined as off
// topic: before, a place beside it was read as a pay question ("Which role do you mean?") and a word of work
// as a question of duties ("nothing on on-call duty").
describe("a question of home or desk gear", () => {
  it.each([
    "best neighborhoods to live in seattle for a new grad",
    "whats rent like in denver vs seattle",
    "how much is rent in sf these days",
    "good neighbourhoods in austin for someone working downtown",
    "best mechanical keyboard for on-call nights",
    "best keyboard for coding all day",
  ])("declines %s as off topic", (question) => {
    const text = answerText(question);
    expect(text).toContain("That's outside what I know about.");
    expect(text).not.toContain("Which role do you mean?");
  });

  it("declines it in a thread about a role too", () => {
    expect(lastAnswerText("swe pay seattle", "best neighborhoods to live in seattle")).toContain(
      "That's outside what I know about.",
    );
  });

  it("reads a job's pay asked beside a place or rent as asked", () => {
    expect(answerText("swe pay seattle")).toContain("Software Engineer pay");
    expect(answerText("will housing costs affect swe pay in sf")).toContain("Software Engineer pay");
    expect(answerText("is denver a good city for data analysts")).toContain("Data Analyst");
    expect(answerText("is devops on-call bad")).toContain("DevOps Engineer");
  });
});
