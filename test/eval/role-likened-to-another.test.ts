import { describe, expect, it } from "vitest";
import { answerText } from "../support/questions.js";

// "is X basically Y with extra steps": one role likened to another asks whether they are one job, so both are
// compared (before: the first one's duties, or their outlook alone).
describe("a role likened to another", () => {
  it("compares the two", () => {
    expect(answerText("is ml basically ds with extra steps")).toMatch(
      /^Machine Learning Engineer vs Data Scientist/m,
    );
    expect(answerText("are sysadmins basically it support with root")).toMatch(
      /^System Administrator vs IT Support Specialist/m,
    );
  });

  it("needs a second role: one role said to be basically something is no comparison", () => {
    expect(answerText("is sre basically on call all the time")).not.toMatch(/ vs /);
  });
});
