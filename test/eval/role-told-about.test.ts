import { describe, expect, it } from "vitest";
import { lastAnswerText, understand } from "../support/questions.js";

// Past bug: "tell me about the data scientist role" read as a question of trends: a role asked to be told
// about, nothing else asked, is what the role is.
const cases: [string, string][] = [
  ["tell me about the data scientist role", "What a Data Scientist does:"],
  ["tell me more about the devops engineer role", "What a DevOps Engineer does:"],
  ["tell me about the security analyst job", "What an Information Security Analyst does:"],
];

describe("a role asked to be told about", () => {
  it.each(cases)("%s", (asked, said) => {
    expect(understand(asked).intent).toBe("responsibilities");
    expect(lastAnswerText(asked)).toContain(said);
  });

  it("leaves a topic named with the role to its own reading", () => {
    expect(understand("tell me about data scientist salary").intent).toBe("salary");
  });
});
