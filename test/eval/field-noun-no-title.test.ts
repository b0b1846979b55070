import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// Past bug: "data management" was read as a job title the knowledge lacks ("management" stems as
// "manager"), so "any best practices for data management?" was declined though it is a group of them.

describe("a field noun that stems as a title", () => {
  it("is no job title: the best practices of the group it names", () => {
    for (const q of [
      "any best practices for data management specifically?",
      "best practices for data management",
    ]) {
      const text = answerText(q);
      expect(text, q).toContain("Best practices › Data management");
      expect(text, q).not.toContain("I don't cover");
    }
  });
});
