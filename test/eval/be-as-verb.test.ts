import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// "be dev" is chat's back-end developer only where a job's name can stand; "will there still be developers"
// asks of developers in general, "i'd rather be engineer" weighs being one, and neither names the back end.
describe("'be' before a developer's name as the verb", () => {
  it("reads no back-end developer where 'be' is the verb", () => {
    expect(lastAnswerText("will there still be developers in 10 years?")).not.toContain("Back-End");
    expect(lastAnswerText("would there be engineers needed after ai?")).not.toContain("Back-End");
    expect(lastAnswerText("i'd rather be engineer than manager")).not.toContain("Back-End");
  });

  it("still reads 'be dev' as the back-end developer where only a job's name can stand", () => {
    expect(lastAnswerText("ok, be dev salary")).toContain("Back-End Developer pay");
    expect(lastAnswerText("senior be engineer pay")).toContain("Back-End Developer");
    expect(lastAnswerText("fe vs be developer pay")).toContain("Back-End Developer");
  });
});
