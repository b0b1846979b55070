import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "my sister does help desk. what's in IT for her besides help desk" answered what IT support does:
// the field's other roles are asked, the one named only what is left out.
describe("IT's roles asked besides one", () => {
  it.each([
    "my sister does help desk. what's in IT for her besides help desk",
    "what else is there in IT besides help desk",
    "what else is there in IT apart from desktop support?",
  ])("%s", (q) => {
    const answer = answerText(q);
    expect(answer).toContain("The other IT roles I know, beside IT Support Specialist");
    expect(answer).toContain("network administrator");
    expect(answer).not.toContain("What an IT Support Specialist does");
  });

  it("keeps what one IT role does its duties", () => {
    expect(answerText("what does help desk do")).toContain("What an IT Support Specialist does");
  });
});
