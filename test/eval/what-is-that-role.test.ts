import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// words-f: "principal applied scientist genai - what is that role" gave soft skills (search on "role"). What
// the role named is, asked as "what is that role/job", is what it does, as "what is it exactly" already was.
describe("'what is that role' after a role named", () => {
  it.each([
    [
      "principal applied scientist genai - what is that role",
      "What a Principal Applied Scientist (Generative AI) does",
    ],
    ["sre, what is that job", "What a Site Reliability Engineer does"],
    ["cloud architect - what is this role?", "What a Cloud Architect does"],
  ])("%s is what the role does", (q, heading) => {
    const text = answerText(q);
    expect(text).toContain(heading);
    expect(text).not.toContain("Soft skills");
  });

  it("is the thread's role where none is named", () => {
    expect(lastAnswerText("cloud architect salary", "wait what is that role exactly")).toContain(
      "What a Cloud Architect does",
    );
  });
});
