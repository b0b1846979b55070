import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "tell me about the principal applied scientist role" listed every role. The noun "role"
// after a role's name is that role, as "that role" is the thread's: the answer is about it.
const cases: [string, string][] = [
  [
    "tell me about the principal applied scientist role",
    "What a Principal Applied Scientist (Generative AI) does",
  ],
  ["tell me about the data scientist role", "What a Data Scientist does"],
];

describe("a role's name followed by 'role'", () => {
  it.each(cases)("%s", (asked, said) => {
    const text = lastAnswerText(asked);
    expect(text).toContain(said);
    expect(text).not.toContain("Roles I know");
  });
});
