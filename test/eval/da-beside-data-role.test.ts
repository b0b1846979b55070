import { describe, expect, it } from "vitest";
import { answerText, lastAnswerText } from "../support/questions.js";

// Past bug (r79): "ds vs da salary" gave the data scientist's pay alone and said "da" was no role it knew;
// "compare ds and da" knew no role called "da". Set against a data role, "da" is the data analyst.
describe("'da' set against a data role", () => {
  it.each(["ds vs da salary", "data scientist or da which pays more", "ds/da pay"])("%s", (q) => {
    const text = answerText(q);
    expect(text).toContain("Pay: Data Scientist vs Data Analyst");
    expect(text).not.toContain("could not read");
  });

  it("compares the two when no topic is asked", () => {
    const text = answerText("compare ds and da");
    expect(text).toContain("Data Scientist vs Data Analyst");
    expect(text).not.toContain("I don't know a role");
  });

  it("still compares it after a thread's comparison of data roles", () => {
    expect(lastAnswerText("da vs ds", "which pays better")).toContain("Data Analyst vs Data Scientist");
  });

  it("leaves 'da' alone where no data role is set against it", () => {
    expect(answerText("da salary")).not.toContain("Data Analyst");
  });
});
