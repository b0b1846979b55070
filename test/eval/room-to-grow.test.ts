import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "is IT a career with room to grow": whether a person goes anywhere, not how fast jobs grow. IT is entered
// through IT support, so its outlook is answered with its pay and where it leads (before: IT's roles ranked
// by growth); a role named gets the same.
describe("room to grow asked of the IT field or a role", () => {
  it("answers IT support's outlook, pay and where it leads, saying it stands for IT", () => {
    for (const q of [
      "is IT a career with room to grow",
      "is there room for growth in IT",
      "can you move up in IT",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("IT support is the usual way into IT");
      expect(text, q).toContain("$61,860");
      expect(text, q).toContain("Network Administrator, System Administrator, Information Security Analyst");
      expect(text, q).not.toContain("Fastest growing IT roles");
    }
  });

  it("answers a role's the same way", () => {
    const text = answerText("is there room to grow as a data analyst");
    expect(text).toContain("No source measures room to grow for Data Analyst");
    expect(text).toContain("$120,230");
  });
});
