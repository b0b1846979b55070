import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../../support/questions.js";

// "got it. the first one in sf" after a question back asked the question back again, and after a comparison
// gave both roles' pay: the acknowledgement hid the pick. It only says the last answer was read.
describe("a pick after an acknowledgement", () => {
  it("picks the first option of a question back, in the place named", () => {
    const text = lastAnswerText("how much does a manager make", "got it. the first one in sf");
    expect(text).toContain("Engineering Manager pay");
    expect(text).toContain("San Francisco");
    expect(text).not.toContain("Which of these roles do you mean?");
  });

  it("picks one side of a comparison", () => {
    const text = lastAnswerText(
      "devops enginer or site reliabilty engineer for someone w 2 yoe?",
      "which has more openings",
      "got it. the first one in sf",
    );
    expect(text).toContain("DevOps Engineer pay");
    expect(text).not.toContain("Pay: DevOps Engineer vs Site Reliability Engineer");
  });

  it("reads 'gotcha' alone as the thanks it is", () => {
    expect(lastAnswerText("sre salary", "gotcha")).toContain("Glad that helps");
  });
});

// "the first one pay" after the ways into tech answered for Back-End Developer: the roles listed were no
// options to pick from.
describe("a pick from the ways into tech", () => {
  it("answers for the role listed first", () => {
    const text = lastAnswerText("what are the options for getting into tech", "got it. the first one in sf");
    expect(text).toContain("IT Support Specialist pay");
    expect(text).not.toContain("Back-End Developer");
  });
});
