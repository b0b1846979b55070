import { describe, expect, it } from "vitest";
import { lastAnswerText } from "../support/questions.js";

// Past bug: "lol can u also write my resume summary while ur at it" listed every role: the "also" between
// "can u" and "write" hid the request. Asides beside the verb ("lol", "also", "maybe", "ok now"), "would you
// mind writing", "can i get you to" and "whip up" ask for writing too, declined as such.
describe("a request to write a document, said with asides", () => {
  it.each([
    "lol can u also write my resume summary while ur at it",
    "can you also rewrite my cv while you're at it",
    "haha could you whip up a cover letter for me too",
    "would u mind writing my linkedin about section",
    "can i get you to write my cover letter",
    "ok now write my resume summary",
    "could you maybe draft my linkedin summary",
    "could you do my cover letter",
  ])("%s → declined as writing", (asked) => {
    expect(lastAnswerText(asked)).toContain("Sorry, I don't write cover letters, resumes or emails");
  });

  it.each([
    "how do i write a good resume summary",
    "should i learn sql first, and make a linkedin profile?",
    "do cover letters matter for data analyst jobs",
  ])("%s asks no writing", (asked) => {
    expect(lastAnswerText(asked)).not.toContain("Sorry, I don't write");
  });
});
