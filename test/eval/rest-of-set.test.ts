import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "the other two", "the rest", "the remaining two" after a pick narrowed three compared roles to one of them:
// the roles of the set the thread is not on, each answered.
const three = "compare mobile dev, frontend and fullstack pay";

describe("the rest of a set after one of it was picked", () => {
  it("answers 'do the other two need a degree' for the two not picked, and 'either of them' weighs those", () => {
    const degree = lastAnswerText(three, "the first one's skills", "do the other two need a degree");
    expect(degree).toContain(
      "Front-End Developer, bachelor's degree; Full Stack Developer, bachelor's degree",
    );
    expect(degree).toContain("Education for a Full Stack Developer");
    expect(degree).not.toContain("Education for a Mobile Developer");
    const growth = lastAnswerText(
      three,
      "the first one's skills",
      "do the other two need a degree",
      "either of them growing fast?",
    );
    expect(growth).toContain("Full Stack Developer grows faster");
    expect(growth).not.toContain("Mobile Developer");
  });

  it("reads 'the rest' and 'the remaining two' as the roles left, whichever was picked", () => {
    const pay = lastAnswerText(three, "tell me about the second one", "and the rest, what do they pay");
    expect(pay).toContain("Pay: Mobile Developer vs Full Stack Developer");
    const degree = lastAnswerText(three, "the last one's skills", "do the remaining two need a degree");
    expect(degree).toContain("Mobile Developer, bachelor's degree; Front-End Developer, bachelor's degree");
  });

  it("reads 'the other ones' typed without a comma as the roles left, not a pick of 'the other one'", () => {
    const degree = lastAnswerText(
      three,
      "the first ones skills",
      "what about the other ones do they need a degree",
    );
    expect(degree).toContain(
      "Front-End Developer, bachelor's degree; Full Stack Developer, bachelor's degree",
    );
  });

  it("asks the thread's question of the rest when that is all the reply says", () => {
    const skills = lastAnswerText(three, "the first one's skills", "and the other two?");
    expect(skills).toContain("Skills for Front-End Developer and Full Stack Developer");
  });

  it("sets the one picked beside the rest when it is weighed against them", () => {
    const compared = lastAnswerText(three, "the first one's skills", "how does it compare to the others");
    expect(compared).toContain("Mobile Developer vs Front-End Developer vs Full Stack Developer");
  });

  it("keeps 'the other one' of two as the one not picked", () => {
    const degree = lastAnswerText(
      "compare mobile dev and frontend pay",
      "the first one's skills",
      "does the other one need a degree",
    );
    expect(degree).toContain("Education for a Front-End Developer");
    expect(degree).not.toContain("Mobile Developer");
  });
});
